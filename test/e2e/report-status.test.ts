// Closing the loop in real Chromium: a phone sends a report, a caseworker on a 360 px screen reads it in plain labels
// and passes it on to Migrant Help with a note, and the phone, offline and then online, shows what happened.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { goOffline, goOnline, phone, runStaffCommand, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';
import { readTables, saveReport, sentReferences, uniqueWords } from './report-flow';

let password: string;
const NOTE = 'Migrant Help has your report. They will phone you.';

it.beforeAll(async ({ server }) => {
  await server.stop();
  const out = runStaffCommand(['add', 'caseworker'], { DATA_DIR: server.dataDir });
  password = /Password: (\S+)/.exec(out)![1]!;
  await server.start();
});

interface StoredReceipt {
  reference: string;
  statusToken?: string;
  checkedAt?: number;
}

async function receipts(page: Page): Promise<StoredReceipt[]> {
  return ((await readTables(page))['waymark/receipts'] ?? []) as StoredReceipt[];
}

/** An hour goes by on the phone: its last answer about the status is made two hours old. */
function ageLastCheck(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('waymark');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const store = db.transaction('receipts', 'readwrite').objectStore('receipts');
    const all = await new Promise<{ checkedAt?: number }[]>((ok) => {
      const req = store.getAll();
      req.onsuccess = () => ok(req.result as { checkedAt?: number }[]);
    });
    for (const r of all) store.put({ ...r, checkedAt: Date.now() - 2 * 3600_000 });
    await new Promise((ok) => (store.transaction.oncomplete = ok));
    db.close();
  });
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('what became of my report', () => {
  it('is passed on by a caseworker on a phone, and the reporting phone shows it after being offline', async ({
    server,
    context,
    page,
    newContext,
  }) => {
    await page.goto(`${server.url}/en/sefton/report`);
    await waitForServiceWorker(page);
    await saveReport(page, server.url, { ...uniqueWords(), interpreter: 'Yes', district: 'l20' });
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    const [reference] = await sentReferences(page);
    await expect.poll(() => page.getByText('Received by the support team').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText('We will tell you here when it changes.').count()).toBeGreaterThan(0);

    const staff = await (await newContext(phone())).newPage();
    await staff.goto(`${server.url}/staff`);
    await staff.getByLabel('Name').fill('caseworker');
    await staff.getByLabel('Password').fill(password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('link', { name: reference! }).waitFor();
    expect(await noSideways(staff)).toBe(true);
    await staff.getByRole('link', { name: reference! }).click();
    await expect.poll(() => staff.getByRole('heading', { level: 1 }).textContent()).toBe(`Report ${reference}`);
    expect(await noSideways(staff)).toBe(true);
    const facts = await staff.locator('dl.answers').allInnerTexts();
    // The person answered the interpreter question: the view shows their answer, not a guess from the language.
    expect(facts[0]).toMatch(/Speak to them in\s+English[\s\S]*Interpreter\s+Yes/);
    const details = (await staff.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(details).toContain('Problem Lost card');
    expect(details).toContain('Contact by Phone call');
    expect(details).toContain('Postcode district L20');
    expect(details).not.toContain('problem lost');
    await staff.getByLabel('Move to').selectOption('passed_on');
    await staff.getByLabel('Passed on to').selectOption('migrant_help');
    await staff.getByLabel(/^Note for the person/).fill(NOTE);
    await staff.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => staff.getByText('Passed on (to Migrant Help)', { exact: true }).count()).toBe(1);
    expect(await noSideways(staff)).toBe(true);

    // The phone goes offline for a while: it shows the last status it saw and when.
    await ageLastCheck(page);
    await goOffline(context);
    await page.reload();
    await page.getByText('Received by the support team').waitFor();
    expect(await page.getByText(/^Last checked /).count()).toBe(1);
    expect(await page.getByText('Passed on to Migrant Help').count()).toBe(0);
    // Back online, it asks once and shows what the caseworker did, the note in English with the hint.
    await goOnline(context);
    await expect.poll(() => page.getByText('Passed on to Migrant Help').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText(NOTE).getAttribute('lang')).toBe('en');
    expect(await page.getByText('Ask a volunteer to read it to you in your language.').count()).toBe(1);

    // A wrong token learns nothing: the same answer as a reference that does not exist.
    const [stored] = await receipts(page);
    expect(stored?.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ask = async (ref: string, token: string) => {
      const res = await fetch(`${server.url}/api/reports/${ref}/status`, { headers: { authorization: `Bearer ${token}` } });
      return `${res.status} ${await res.text()}`;
    };
    const wrong = await ask(reference!, `${stored!.statusToken!.slice(0, 42)}${stored!.statusToken!.endsWith('A') ? 'B' : 'A'}`);
    expect(wrong).toBe('404 {"error":"not_found"}');
    expect(await ask('SEF-2222-22', stored!.statusToken!)).toBe(wrong);
    expect(await ask(reference!, stored!.statusToken!)).toContain('"passedOnTo":"migrant_help"');
  });
});
