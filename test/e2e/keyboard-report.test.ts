// The whole report flow with the keyboard alone: pick the problem, write, check, send, see it sent.
import { describe, expect } from 'vitest';
import { phone, tabTo } from './harness';
import { test as it } from './browser-fixture';

describe('keyboard only', () => {
  it('completes a report from the choice of problem to "Sent — reference"', async ({ server, newContext }) => {
    // Keyboard users here are helpers at a laptop; mobile emulation opens a date picker that takes focus.
    const context = await newContext(phone({ width: 1280 }));
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/report`);
    await page.locator('main h1').waitFor();

    expect(await tabTo(page, page.getByRole('button', { name: 'Aspen card or payments' }))).toBeNull();
    await page.keyboard.press('Enter');
    expect(await tabTo(page, page.getByRole('button', { name: 'Write a report' }))).toBeNull();
    await page.keyboard.press('Enter');

    expect(await tabTo(page, page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }))).toBeNull();
    await page.keyboard.type('My card was lost on the bus.');
    expect(await tabTo(page, page.getByRole('radio', { name: 'Lost card' }))).toBeNull();
    await page.keyboard.press('Space');
    expect(await tabTo(page, page.getByRole('radio', { name: 'Phone call' }))).toBeNull();
    await page.keyboard.press('Space');
    expect(await tabTo(page, page.getByLabel(/^Phone number/))).toBeNull();
    await page.keyboard.type('07700 900123');
    expect(await tabTo(page, page.getByRole('checkbox', { name: /^I agree to send this report/ }))).toBeNull();
    await page.keyboard.press('Space');
    expect(await tabTo(page, page.getByRole('button', { name: 'Check my report' }))).toBeNull();
    await page.keyboard.press('Enter');

    expect(await tabTo(page, page.getByRole('button', { name: 'Send report' }))).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toMatch(/Sent — reference SEF-/);
  });
});
