// The quick exit as a person uses it at 360 px: type, exit, Back, open Report again, and find nothing left behind.
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { goOffline, goOnline, phone, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';
import { readTables, saveReport, uniqueWords, watchIntake } from './report-flow';

const NEUTRAL = 'https://www.bbc.co.uk/weather';
const WORDS = 'My neighbour threatened me';

/** The neutral site, answered here: no request leaves the machine. */
async function fakeNeutralSite(context: BrowserContext): Promise<string[]> {
  const asked: string[] = [];
  await context.route('https://www.bbc.co.uk/**', (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
  });
  return asked;
}

/** Every IndexedDB table of the origin and all of localStorage, as one string, plus the drafts tables alone. */
async function readStorage(page: Page): Promise<{ all: string; drafts: unknown[] }> {
  const tables = await readTables(page);
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  const drafts = Object.entries(tables).flatMap(([name, rows]) => (name.endsWith('/drafts') ? rows : []));
  return { all: [local, ...Object.values(tables).map((rows) => JSON.stringify(rows))].join('\n'), drafts };
}

async function startHarassmentReport(page: Page): Promise<void> {
  await page.locator('main a[href="/en/sefton/report"]').click();
  await page.getByRole('button', { name: 'Harassment or hate crime' }).click();
  await page.getByRole('button', { name: 'Write a report' }).click();
  // Typed key by key, capital M with Shift held, as on a phone keyboard.
  await page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }).pressSequentially(WORDS);
  // The draft is on the phone before the exit, so the exit has to wipe it, not merely outrun the save.
  await expect.poll(async () => (await readStorage(page)).all.includes(WORDS), { timeout: 5000 }).toBe(true);
}

describe('quick exit', () => {
  it('goes to a neutral site, Back does not return, and Report opens empty with nothing stored', async ({ server, context }) => {
    const asked = await fakeNeutralSite(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/`);
    await startHarassmentReport(page);

    const exit = page.getByRole('button', { name: 'Quick exit' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await exit.boundingBox();
    // Still on screen, at the top, after scrolling down the form.
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(120);
    await exit.click();
    await page.waitForURL(NEUTRAL);
    expect(asked).toEqual([NEUTRAL]);

    await page.goBack();
    expect(new URL(page.url()).pathname).not.toContain('/report');
    expect(new URL(page.url()).search).toBe('');

    await page.goto(`${server.url}/en/sefton/report`);
    await page.getByRole('button', { name: 'Harassment or hate crime' }).waitFor();
    expect(await page.getByText('Continue my report').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(WORDS);
    const stored = await readStorage(page);
    expect(stored.drafts).toEqual([]);
    expect(stored.all).not.toContain(WORDS);
  });

  it('offline lands on a blank page; waiting reports stay, are sent later, and are not shown after the exit', async ({
    server,
    context,
  }) => {
    const intake = await watchIntake(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    await goOffline(context);
    const waiting = await saveReport(page, server.url, uniqueWords());
    await page.goto(`${server.url}/en/sefton/`);
    await startHarassmentReport(page);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL('about:blank');
    expect(await page.locator('body').innerText()).toBe('');

    await goOnline(context);
    await page.goto(`${server.url}/en/sefton/report`);
    await page.getByText('Your reports are hidden.', { exact: false }).waitFor();
    const list = page.getByRole('region', { name: 'Your reports' });
    expect(await list.getByRole('listitem').count()).toBe(0);
    expect(await list.innerText()).not.toMatch(/Aspen|Saved on this phone|Sent/);
    expect(await page.locator('body').innerText()).not.toContain(waiting.description);
    // Still delivered: the exit hid the report, it did not delete it.
    await expect.poll(() => intake.size, { timeout: 20_000 }).toBe(1);
    expect((await readStorage(page)).all).not.toContain(WORDS);
    await page.getByRole('button', { name: 'Show my reports' }).click();
    await page.locator('.report-entry-sent').first().waitFor();
  });

  it('leaves on Shift pressed three times from the contacts page, with the presses shown', async ({ server, context }) => {
    await fakeNeutralSite(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/migrant-help`);
    await page.getByRole('button', { name: 'Quick exit' }).waitFor();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await page.locator('.quick-exit [role="status"]').innerText()).toBe('Press Shift 1 more time to leave.');
    expect(await page.locator('.quick-exit-dot.on').count()).toBe(2);
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
  });

  it('is a plain link with JavaScript off: it leads to the neutral site', async ({ server, newContext }) => {
    const context = await newContext({ ...phone(), javaScriptEnabled: false });
    const asked = await fakeNeutralSite(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/migrant-help`);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    expect(asked).toEqual([NEUTRAL]);
  });

  it('taken before the page’s code has run, still leaves at once, and the next start erases the draft and hides the reports', async ({
    server,
    newContext,
  }) => {
    // No service worker: the blocked scripts below are blocked for certain, not answered from its cache.
    const context = await newContext({ ...phone(), serviceWorkers: 'block' });
    await fakeNeutralSite(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/`);
    await startHarassmentReport(page);

    await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(`${server.url}/en/sefton/migrant-help`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    await page.goBack({ waitUntil: 'commit' });
    expect(new URL(page.url()).pathname).not.toContain('/migrant-help');

    await context.unroute(/\/assets\/.*\.js$/);
    await page.goto(`${server.url}/en/sefton/report`);
    await page.getByRole('button', { name: 'Harassment or hate crime' }).waitFor();
    expect(await page.getByText('Continue my report').count()).toBe(0);
    const stored = await readStorage(page);
    expect(stored.drafts).toEqual([]);
    expect(stored.all).not.toContain(WORDS);
    expect(await page.evaluate(() => localStorage.getItem('waymark.fold'))).toBe('1');
  });
});
