// The whole report flow with the keyboard alone: pick the problem, write, check, send, see it sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** Presses Tab until `target` has focus; every stop on the way must show where focus is. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      // A page or step container focused by the app after a change is not a Tab stop.
      if (el.tabIndex < 0) return true;
      // The calendar button inside a date field takes focus inside the field; app.css outlines that button.
      if (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) return true;
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? true : `${el.outerHTML.slice(0, 80)} ${s.outlineStyle} ${s.outlineWidth} ${el.matches(':focus')}`;
    });
    expect(visible, 'focus is visible at every Tab stop').toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the control');
}

describe('keyboard only', () => {
  it('completes a report from the choice of problem to "Sent — reference"', async () => {
    // Keyboard users here are helpers at a laptop; mobile emulation opens a date picker that takes focus.
    const context = await phoneContext(browser, { width: 1280 });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/report`);
    await page.locator('main h1').waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Aspen card or payments' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Write a report' }));
    await page.keyboard.press('Enter');

    await tabTo(page, page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }));
    await page.keyboard.type('My card was lost on the bus.');
    await tabTo(page, page.getByRole('radio', { name: 'Lost card' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('radio', { name: 'Phone call' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel(/^Phone number/));
    await page.keyboard.type('07700 900123');
    await tabTo(page, page.getByRole('checkbox', { name: /^I agree to send this report/ }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Check my report' }));
    await page.keyboard.press('Enter');

    await tabTo(page, page.getByRole('button', { name: 'Send report' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toMatch(/Sent — reference SEF-/);
    await context.close();
  });
});
