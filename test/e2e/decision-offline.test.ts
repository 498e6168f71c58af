// Issue 19's "done": a person with a refusal letter, reading Tigrinya on a 360 px phone with no signal, finds in two taps
// what the letter means, how many days they have and who to call; the days-left helper works offline and keeps nothing.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import ti from '../../locales/ti/decision.json';
import tiNotice from '../../locales/ti/notice.json';
import tiCommon from '../../locales/ti/common.json';
import { goOffline, waitForServiceWorker } from './harness';
import { readTables } from './report-flow';
import { test as it } from './browser-fixture';

const NEEDED = ['common', 'decision', 'notice', 'dates', 'content'];

async function tigrinyaKept(page: Page): Promise<string[]> {
  return page.evaluate(async (nss) => {
    const urls = (await (await caches.open('waymark-languages')).keys()).map((r) => r.url);
    return nss.filter((ns) => !urls.some((u) => u.includes(`locale-ti-${ns}-`)));
  }, NEEDED);
}

const kept = async (page: Page) => ({
  local: await page.evaluate(() => JSON.stringify({ ...localStorage })),
  session: await page.evaluate(() => JSON.stringify({ ...sessionStorage })),
  tables: await readTables(page),
});

const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.width > 0;
    });

describe('after a refusal letter, in Tigrinya, offline, on a 360 px phone', () => {
  it('reaches the refused section in two taps, with the days and Migrant Help’s number on screen', async ({ server, context, page }) => {
    await page.goto(`${server.url}/ti/stockton/`);
    await waitForServiceWorker(page);
    await expect.poll(() => tigrinyaKept(page), { timeout: 30_000 }).toEqual([]);
    await goOffline(context);
    await server.stop();
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(360);

    await page.getByRole('link', { name: tiCommon.topic.decision }).tap(); // tap 1
    await page.getByRole('heading', { level: 1, name: ti.title }).waitFor();
    await page.getByRole('link', { name: ti.jumpRefused, exact: true }).tap(); // tap 2
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#refused');

    const refused = page.locator('#refused');
    await expect.poll(() => inView(page, '#refused h2')).toBe(true);
    expect(await inView(page, '#refused a[href="tel:08088010503"]')).toBe(true);
    const steps = await refused.locator('.notice-steps li').allInnerTexts();
    expect(steps.map((s) => s.replace(/\s+/g, ' '))).toEqual([
      ti.refused.day0,
      ti.refused.lock95.replace('{{lock95}}', '21'),
      ti.refused.end95.replace('{{end95}}', '28'),
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
    expect(await page.locator('.missing-language').count()).toBe(0);
  });

  it('counts the days left with no signal, rejects an impossible date in Tigrinya, and stores nothing', async ({
    server,
    context,
    page,
  }) => {
    await page.goto(`${server.url}/ti/sefton/decision`);
    await waitForServiceWorker(page);
    await expect.poll(() => tigrinyaKept(page), { timeout: 30_000 }).toEqual([]);
    await goOffline(context);
    await server.stop();
    await page.reload();
    const before = await kept(page);
    const day = page.getByRole('textbox', { name: tiNotice.day });
    await day.fill('31');
    await page.getByRole('textbox', { name: tiNotice.month }).fill('2');
    await page.getByRole('textbox', { name: tiNotice.year }).fill('2026');
    await page.getByRole('button', { name: tiNotice.show }).tap();
    await page.getByText(tiNotice.invalid).waitFor();
    expect(await day.inputValue()).toBe('31');

    await day.fill('1');
    await page.getByRole('textbox', { name: tiNotice.month }).fill('1');
    await page.getByRole('textbox', { name: tiNotice.year }).fill('2099');
    await page.getByRole('button', { name: tiNotice.show }).tap();
    const left = page.locator('.days-left-count');
    await left.waitFor();
    expect(await left.innerText()).toMatch(/^\d+ መዓልቲ ተሪፉ።$/);
    // The letter's date is in no store and no address: what the phone keeps is the same before and after.
    expect(await kept(page)).toEqual(before);
    expect(await page.evaluate(() => location.search + location.hash)).toBe('');
  });
});
