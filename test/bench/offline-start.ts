// Warm start with no network: load once so the service worker installs, stop the server for real,
// then time navigation start → first contentful paint on repeated reloads served by the worker.
import type { Page } from 'playwright-core';
import { launchBrowser, phoneContext, startServer, waitForServiceWorker } from '../e2e/harness';

export interface OfflineStart {
  medianMs: number;
  /** the same with the CPU slowed 4× (as Lighthouse's mobile preset assumes) */
  cpu4xMedianMs: number;
  samplesMs: number[];
  cpu4xSamplesMs: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Reloads the page and reads its first contentful paint, relative to navigation start. */
async function reloadToFirstPaint(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return done(found.startTime);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => fail(new Error('no first contentful paint within 10 s')), 10_000);
      }),
  );
  const served = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!served) throw new Error('the reload was not served by the service worker');
  return fcp;
}

export async function measureOfflineStart(staticDir: string, path: string, reloads: number): Promise<OfflineStart> {
  const server = await startServer({ staticDir });
  const browser = await launchBrowser();
  try {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await waitForServiceWorker(page);
    await server.stop();
    // One unmeasured reload warms the worker and the code cache, as on a phone used yesterday.
    await reloadToFirstPaint(page);
    const samplesMs: number[] = [];
    for (let i = 0; i < reloads; i++) samplesMs.push(await reloadToFirstPaint(page));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const cpu4xSamplesMs: number[] = [];
    for (let i = 0; i < reloads; i++) cpu4xSamplesMs.push(await reloadToFirstPaint(page));
    await context.close();
    return { medianMs: median(samplesMs), cpu4xMedianMs: median(cpu4xSamplesMs), samplesMs, cpu4xSamplesMs };
  } finally {
    await browser.close();
    await server.stop();
  }
}
