// The outbox across tabs, reloads, app updates, old-format reports and a full disk, in real Chromium.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { BUILD_B, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';
import { fillReport, SAVED, saveReport, sentReferences, serverRows, watchIntake } from './report-flow';

const v0 = JSON.parse(readFileSync('test/fixtures/report-v0.json', 'utf8')) as Record<string, unknown>;

describe('the report outbox under stress', () => {
  it('sends each report once when two tabs wake up together', async ({ server, context }) => {
    const seen = await watchIntake(context);
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(`${server.url}/en/sefton/report`);
    await waitForServiceWorker(a);
    await context.setOffline(true);
    for (const page of [a, a, b, b]) {
      // A tab in the background is throttled (as on a phone); bring the one being typed in to the front.
      await page.bringToFront();
      await saveReport(page, server.url);
    }
    await context.setOffline(false);
    await expect.poll(() => sentReferences(a), { timeout: 30_000 }).toHaveLength(4);
    await expect.poll(() => sentReferences(b), { timeout: 10_000 }).toHaveLength(4);
    expect([...seen.values()]).toEqual([1, 1, 1, 1]);
    await context.close();
    const rows = await serverRows(server);
    for (const key of seen.keys()) expect(rows.filter((r) => r.idempotency_key === key)).toHaveLength(1);
    await context.close();
  });

  it('finishes a send cut off by a reload, without a second record', async ({ server, context }) => {
    let held: Route | undefined;
    const seen = await watchIntake(context, async (route, n) => {
      if (n > 1) return false;
      await route.fetch();
      held = route;
      return true;
    });
    const page = await context.newPage();
    await saveReport(page, server.url);
    await expect.poll(() => held !== undefined).toBe(true);
    await page.getByRole('listitem').getByText('Sending', { exact: true }).waitFor();
    await page.reload();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    const [key] = [...seen.keys()];
    await context.close();
    const rows = await serverRows(server);
    expect(rows.filter((r) => r.idempotency_key === key)).toHaveLength(1);
  });

  it('keeps waiting reports through a new app version and sends them from it', async ({ server, context }) => {
    const page = await context.newPage();
    const rowsBefore = (await serverRows(server)).length;
    await page.goto(`${server.url}/en/sefton/report`);
    await waitForServiceWorker(page);
    expect(await page.getAttribute('html', 'data-build')).toBe('e2e-a');
    await server.stop();
    await context.setOffline(true);
    await saveReport(page, server.url);
    await server.restart({ staticDir: BUILD_B });
    // The intake stays out of reach until the new version runs.
    await context.route('**/api/reports', (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    await page.reload();
    await moveToBuild(page, 'e2e-b');
    await context.unroute('**/api/reports');
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    await context.close();
    const rows = await serverRows(server);
    expect(rows).toHaveLength(rowsBefore + 1);
  });

  it('upgrades a report saved in an old format before sending it', async ({ server, context }) => {
    const page = await context.newPage();
    // Choosing a problem opens the store (the first step alone no longer creates the database): wait for its tables.
    await page.goto(`${server.url}/en/sefton/report?c=repair`);
    await page.getByRole('heading', { name: 'Clear my data' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          if (!(await indexedDB.databases()).some((d) => d.name === 'waymark')) return false;
          return new Promise<boolean>((done) => {
            const open = indexedDB.open('waymark');
            open.onsuccess = () => (done(open.result.objectStoreNames.contains('outbox')), open.result.close());
            open.onerror = () => done(false);
          });
        }),
      )
      .toBe(true);
    const id = await page.evaluate(() => crypto.randomUUID());
    const payload = { ...v0, id };
    await page.evaluate(
      ({ id, payload }) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('waymark');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('outbox', 'readwrite');
            tx.objectStore('outbox').put({
              id,
              state: 'queued',
              category: 'repair',
              area: 'sefton',
              payloadVersion: 0,
              payload,
              createdAt: Date.now(),
              attempts: 0,
            });
            tx.oncomplete = () => (open.result.close(), done());
            tx.onerror = () => fail(tx.error);
          };
        }),
      { id, payload },
    );
    await page.reload();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    await context.close();
    const rows = await serverRows(server);
    expect(rows.filter((r) => r.idempotency_key === id)).toEqual([expect.objectContaining({ schema_version: 1, language: 'ar' })]);
    await context.close();
  });

  it('says plainly when storage is full, keeps the words on screen, and saves once there is room', async ({ server, context }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/report`);
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: usage + 512 });
    const typed = await fillReport(page, server.url, {
      description: `Water everywhere ${'ይፈስስ 💧 '.repeat(400)}`,
      name: 'Quota Person',
      phone: '07700 900999',
    });
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText("Not saved: this phone's storage is full.", { exact: false }).waitFor();
    expect(await page.getByText(SAVED).count()).toBe(0);
    expect(await page.getByText(typed.name).count()).toBeGreaterThan(0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByText(SAVED).waitFor();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    await context.close();
  });
});

/**
 * Accepts the update prompt, or reloads when the new worker took over while no page was open
 * (it then activates at once, with no prompt): either way the page ends on the new build.
 */
async function moveToBuild(page: Page, build: string): Promise<void> {
  for (let i = 0; i < 10 && (await page.getAttribute('html', 'data-build')) !== build; i++) {
    try {
      await page.getByRole('button', { name: 'Update now' }).click({ timeout: 5_000 });
      await page.waitForFunction((b) => document.documentElement.dataset.build === b, build, { timeout: 10_000 });
    } catch {
      await page.reload();
    }
  }
  expect(await page.getAttribute('html', 'data-build')).toBe(build);
}
