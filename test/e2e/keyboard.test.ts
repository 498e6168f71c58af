// The pickers and the shell work with a keyboard alone; focus is always visible and never lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, phoneContext, startServer, type RunningServer } from './harness';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      text: el.textContent?.trim() ?? '',
      inMain: !!el.closest('main'),
      outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    };
  });

/** Presses Tab until the focused element matches; every stop on the way must show its focus. */
async function tabTo(page: Page, match: (f: { tag: string; text: string; inMain: boolean; href: string | null }) => boolean): Promise<void> {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f?.outline, `focus visible on ${f?.tag} ${f?.text}`).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    if (f && match({ ...f, href })) return;
  }
  throw new Error('never reached the element by Tab');
}

describe('keyboard only', () => {
  it('picks a language and an area on first visit, then uses the skip link and the language dialog', async () => {
    const context = await phoneContext(browser, { locale: 'ar' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('h1').waitFor();
    // The browser's language is offered first.
    await tabTo(page, (f) => f.inMain && f.tag === 'BUTTON' && f.text.includes('العربية'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/$/);
    await page.locator('h1').waitFor();
    await tabTo(page, (f) => f.inMain && f.href === '/ar/sefton/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/sefton\/$/);
    await page.locator('h1').waitFor();

    await page.reload();
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page))?.tag).toBe('A');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.locator('header button[aria-haspopup=dialog]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('dialog');
    await context.close();
  });
});
