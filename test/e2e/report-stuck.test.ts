// Words that could never be stored, and a report the intake keeps refusing: in real Chromium, nothing is stuck unseen.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test as it } from './browser-fixture';
import { fillReport, saveReport, sentReferences, uniqueWords, watchIntake } from './report-flow';

const CLEANED = 'Hidden characters were removed from this text. They often come with copied text, and the service cannot take them.';
const REFUSED = 'For a day, every try got the same error (500) from the service.';

/** Puts text into the focused field as the browser's own paste does: one input event with the whole text. */
async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.evaluate((t) => document.execCommand('insertText', false, t), text);
}

/** The run of refusals of the one waiting report, moved a day back (as if it had started yesterday). */
async function ageRefusal(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('waymark');
        open.onsuccess = () => {
          const store = open.result.transaction('outbox', 'readwrite').objectStore('outbox');
          const all = store.getAll();
          all.onsuccess = () => {
            const item = all.result[0] as { refusal?: { since: number; tries: number } } | undefined;
            if (!item?.refusal) return done(false);
            item.refusal = { ...item.refusal, since: Date.now() - 25 * 3600_000, tries: 40 };
            store.put(item).onsuccess = () => done(true);
          };
        };
      }),
  );
}

describe('pasted text and a report the intake refuses', () => {
  it('removes a pasted NUL and a lone surrogate at once, says so, and the report arrives with the clean words', async ({
    server,
    context,
  }) => {
    const bodies: string[] = [];
    context.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/reports') && bodies.push(r.postData() ?? ''));
    const page = await context.newPage();
    const typed = uniqueWords();
    await fillReport(page, server.url, typed);
    await page.getByRole('button', { name: 'Change something' }).click();
    const box = page.getByRole('textbox', { name: /^What is wrong\? Tell us/ });
    await box.fill('');
    await pasteInto(page, '#report-description', `${typed.description}\u0000 boiler \ud800broken`);
    expect(await box.inputValue()).toBe(`${typed.description} boiler \ufffdbroken`);
    await page.getByText(CLEANED).waitFor();
    expect(await box.getAttribute('aria-describedby')).toContain('report-description-cleaned');
    await page.getByRole('button', { name: 'Check my report' }).click();
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    expect(bodies).toHaveLength(1);
    expect((JSON.parse(bodies[0]!) as { description: string }).description).toBe(`${typed.description} boiler \ufffdbroken`);
  });

  it('after a day of the same 500 asks the person, shows the report for a helper, and sends it on "Try again"', async ({
    server,
    context,
  }) => {
    let refusing = true;
    const seen = await watchIntake(context, async (route) => {
      if (!refusing) return false;
      await route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"server_error"}' });
      return true;
    });
    const page = await context.newPage();
    const typed = await saveReport(page, server.url);
    await page.getByText('Last try: the service had a problem. Waymark will try again.').waitFor();
    expect(await ageRefusal(page)).toBe(true);
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByText(REFUSED, { exact: false }).waitFor({ timeout: 20_000 });
    await page.getByText('Needs attention: The report: The service has not taken this report for a day.').waitFor();
    const tries = [...seen.values()][0]!;
    // Parked: no more silent tries.
    await page.waitForTimeout(3000);
    expect([...seen.values()][0]).toBe(tries);
    expect(await page.getByRole('button', { name: 'Send now' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show the report to a helper' }).click();
    await expect.poll(() => page.getByText(typed.description).count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'node_modules/.waymark-e2e/stuck-en.png', fullPage: true });
    refusing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
  });
});
