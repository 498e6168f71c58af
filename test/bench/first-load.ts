// Bytes a first visit downloads before the page is drawn, measured in real Chromium and gzipped here (level 9),
// so the figure does not depend on whether the server compresses. Shared by the bench and the budget test.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { phoneContext, waitForApp } from '../e2e/harness';

export type FileKind = 'js' | 'css' | 'html' | 'other';

export interface LoadedFile {
  url: string;
  kind: FileKind;
  rawBytes: number;
  gzipBytes: number;
  body: Buffer;
}

export interface FirstLoad {
  files: LoadedFile[];
  jsGzipBytes: number;
  /** how many scripts the page fetched */
  scriptRequests: number;
  /** how many of those it fetched before it was live (`<html data-hydrated>`) */
  scriptsBeforeLive: number;
  /** the strings a server-drawn page carries in its HTML (`#waymark-strings`), gzipped alone: strings the page did not fetch as JS */
  sentStringsGzipBytes: number;
  cssGzipBytes: number;
  htmlGzipBytes: number;
  /** layout shift from the first byte until the network went quiet (no input: nothing is touched) */
  layoutShift: number;
}

/** Strings that survive minification in Dexie's build; any of them in a response means Dexie was loaded. */
export const DEXIE_MARKERS = ['Dexie SchemaDiff', 'Dexie.Promise'] as const;

export function gzipBytes(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

export function kindOf(contentType: string): FileKind {
  if (/javascript|ecmascript/.test(contentType)) return 'js';
  if (contentType.includes('text/css')) return 'css';
  if (contentType.includes('text/html')) return 'html';
  return 'other';
}

export function loadsDexie(files: readonly LoadedFile[]): boolean {
  return files.some((f) => DEXIE_MARKERS.some((m) => f.body.includes(m)));
}

/** Sums the gzipped size of each kind; a file fetched twice counts once. */
export function summarise(files: readonly LoadedFile[], scriptsBeforeLive = 0, layoutShift = 0): FirstLoad {
  const unique = [...new Map(files.map((f) => [f.url, f])).values()];
  const sum = (kind: FileKind) => unique.filter((f) => f.kind === kind).reduce((n, f) => n + f.gzipBytes, 0);
  return {
    files: unique,
    jsGzipBytes: sum('js'),
    scriptRequests: unique.filter((f) => f.kind === 'js').length,
    scriptsBeforeLive,
    sentStringsGzipBytes: unique
      .filter((f) => f.kind === 'html')
      .map((f) => /<script type="application\/json" id="waymark-strings">(.*?)<\/script>/s.exec(f.body.toString('utf8'))?.[1])
      .reduce((n, json) => n + (json ? gzipBytes(Buffer.from(json)) : 0), 0),
    cssGzipBytes: sum('css'),
    htmlGzipBytes: sum('html'),
    layoutShift,
  };
}

/** Resolves once no request of the page has been in flight for `quietMs`. */
function waitForQuiet(page: Page, quietMs: number, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    let inFlight = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(finish, quietMs);
    };
    const started = () => {
      inFlight++;
      clearTimeout(timer);
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      arm();
    };
    const deadline = setTimeout(() => {
      stop();
      fail(new Error(`the network did not go quiet within ${timeoutMs} ms`));
    }, timeoutMs);
    function stop() {
      clearTimeout(timer);
      clearTimeout(deadline);
      page.off('request', started).off('requestfinished', ended).off('requestfailed', ended);
    }
    function finish() {
      stop();
      done();
    }
    page.on('request', started).on('requestfinished', ended).on('requestfailed', ended);
    arm();
  });
}

/**
 * Opens `url` in a fresh phone-sized context and records every response of the page until its h1 is drawn
 * and the network has been quiet for half a second, idle-time work included. Service-worker precaching
 * is the worker's traffic, not the page's, so it is not counted here (see precache.ts).
 */
export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    const bodies: Promise<LoadedFile | undefined>[] = [];
    page.on('response', (response: Response) => bodies.push(readFile(response)));
    await page.addInitScript(() => {
      const w = window as unknown as { waymarkShift: number };
      w.waymarkShift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.waymarkShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    await waitForApp(page);
    // Scripts whose request started before the app marked itself live (main.tsx), by the page's own clock.
    const beforeLive = await page.evaluate(() => {
      const live = performance.getEntriesByName('waymark-live')[0]?.startTime ?? Infinity;
      return new Set(
        performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime < live)
          .map((e) => e.name),
      ).size;
    });
    await waitForQuiet(page, 500, 20_000);
    const shift = await page.evaluate(() => (window as unknown as { waymarkShift: number }).waymarkShift);
    const files = (await Promise.all(bodies)).filter((f): f is LoadedFile => f !== undefined);
    return summarise(files, beforeLive, shift);
  } finally {
    await context.close();
  }
}

async function readFile(response: Response): Promise<LoadedFile | undefined> {
  if (response.status() < 200 || response.status() >= 300) return undefined;
  const body = await response.body().catch(() => undefined);
  if (!body) return undefined;
  const kind = kindOf(response.headers()['content-type'] ?? '');
  return { url: response.url(), kind, rawBytes: body.length, gzipBytes: gzipBytes(body), body };
}
