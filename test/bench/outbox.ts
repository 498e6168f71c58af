// Outbox figures in real Chromium against the production build and the local intake server:
// how long saving a report takes (p95, click to "Saved on this phone"), and how long 200 waiting reports
// take to deliver once the network returns. The server's per-address rate limit is raised for the second
// figure: it measures the phone's outbox, not the server's abuse policy (60 a minute would take minutes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, phoneContext, startServer, waitForServiceWorker } from '../e2e/harness';

const SAVES = 60;
const WAITING = 200;
const SAVED = 'Saved on this phone — will send when you have signal.';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function staticDir(): string {
  const given = process.env.WAYMARK_BENCH_STATIC_DIR;
  if (given && existsSync(join(given, 'index.html'))) return given;
  const outDir = mkdtempSync(join(tmpdir(), 'waymark-bench-outbox-'));
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    env: { ...process.env, WAYMARK_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  return outDir;
}

/** From the report page's first screen to a checked Aspen card report, by clicks as a person would. */
async function fillOne(page: Page, i: number): Promise<void> {
  await page.getByRole('button', { name: 'Aspen card or payments' }).click();
  await page.getByRole('button', { name: 'Write a report' }).click();
  await page
    .getByRole('textbox', { name: /^What is wrong\? Tell us/ })
    .fill(`Bench report ${i}: my card was taken at the bus stop on Stanley Road.`);
  await page.getByRole('radio', { name: 'Stolen card' }).check();
  await page.getByRole('radio', { name: 'Phone call' }).check();
  await page.getByLabel('Your name', { exact: true }).fill(`Bench Person ${i}`);
  await page.getByLabel(/^Phone number/).fill('07700 900321');
  await page.getByRole('checkbox', { name: /^I agree to send this report/ }).check();
  await page.getByRole('button', { name: 'Check my report' }).click();
  // The check step is drawn once its code is here (the report's later steps are a chunk of their own).
  await page.getByRole('button', { name: 'Send report' }).waitFor();
}

/** Clicks "Send report" inside the page and times it to the moment "Saved on this phone" is on screen. */
function timeSave(page: Page): Promise<number> {
  return page.evaluate(
    (saved) =>
      new Promise<number>((done) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send report')!;
        const t0 = performance.now();
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          if (![...document.querySelectorAll('[role="status"] p')].some((p) => p.textContent === saved)) return;
          observer.disconnect();
          done(performance.now() - t0);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    SAVED,
  );
}

/** Copies a real waiting report under new ids until `total` wait, as if saved over weeks offline. */
function fillOutbox(page: Page, total: number): Promise<number> {
  return page.evaluate(
    (total) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          const store = tx.objectStore('outbox');
          const all = store.getAll();
          all.onsuccess = () => {
            const items = all.result as { id: string; createdAt: number; payload: { id: string } }[];
            for (let n = items.length; n < total; n++) {
              const id = crypto.randomUUID();
              const model = items[n % items.length]!;
              store.put({ ...model, id, createdAt: model.createdAt + n, payload: { ...model.payload, id } });
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            done(total);
          };
        };
      }),
    total,
  );
}

function receiptCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('waymark');
        open.onsuccess = () => {
          const count = open.result.transaction('receipts').objectStore('receipts').count();
          count.onsuccess = () => {
            open.result.close();
            done(count.result);
          };
        };
      }),
  );
}

export async function benchOutbox(): Promise<{ saveP95Ms: number; deliver200Ms: number }> {
  const server = await startServer({
    staticDir: staticDir(),
    env: {
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_BURST: '10000',
      AREA_RATE_LIMIT_PER_MINUTE: '100000',
      AREA_RATE_LIMIT_BURST: '10000',
    },
  });
  const browser = await launchBrowser();
  try {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/report`);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'Aspen card or payments' }).waitFor();
    // Offline: the person is saving with no signal; the sender keeps trying (and failing) meanwhile.
    await context.setOffline(true);
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      await fillOne(page, i);
      saves.push(await timeSave(page));
    }
    await fillOutbox(page, WAITING);
    const t0 = performance.now();
    await context.setOffline(false);
    while ((await receiptCount(page)) < WAITING) {
      if (performance.now() - t0 > 120_000) throw new Error('200 reports were not delivered within 2 minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    const deliver200Ms = Math.round(performance.now() - t0);
    const sorted = [...saves].sort((a, b) => a - b);
    return { saveP95Ms: Math.round(percentile(sorted, 95) * 10) / 10, deliver200Ms };
  } finally {
    await browser.close();
    await server.stop();
  }
}
