// The pickers and the shell work with a keyboard alone; focus is always visible and never lost.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { phone, tabTo } from './harness';
import { test as it } from './browser-fixture';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    return { tag: el.tagName };
  });

describe('keyboard only', () => {
  it('picks a language and an area on first visit, then uses the skip link and the language dialog', async ({ server, newContext }) => {
    const context = await newContext(phone({ locale: 'ar' }));
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('h1').waitFor();
    // The browser's language is offered first.
    expect(
      await tabTo(
        page,
        page
          .locator('main')
          .getByRole('link', { name: /العربية/ })
          .first(),
        25,
      ),
    ).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/$/);
    await page.locator('h1').waitFor();
    expect(await tabTo(page, page.locator('main a[href="/ar/sefton/"]'), 25)).toBeNull();
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
  });
});
