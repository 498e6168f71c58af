import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEXIE_MARKERS, measureFirstLoad, type FirstLoad } from '../bench/first-load';
import { launchBrowser, startServer, type RunningServer } from './harness';

const BUDGET_JS_GZIP_BYTES = 40 * 1024;
const PAGES = ['/en/sefton/', '/ar/sefton/'] as const;

let browser: Browser;
let server: RunningServer;
const loads = new Map<string, FirstLoad>();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  for (const path of PAGES) loads.set(path, await measureFirstLoad(browser, `${server.url}${path}`));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function firstLoad(path: string): FirstLoad {
  const load = loads.get(path);
  if (!load) throw new Error(`${path} was not measured`);
  return load;
}

describe('the first page stays small for pay-as-you-go data', () => {
  it.each(PAGES)('loads at most 40 KB of gzipped JavaScript, strings included, to draw %s', (path) => {
    const load = firstLoad(path);
    const listing = load.files.map((f) => `${new URL(f.url).pathname} ${f.gzipBytes}`).join('\n');
    expect(load.files.some((f) => f.kind === 'js' && /\/assets\/locale-/.test(f.url)), listing).toBe(true);
    expect(load.jsGzipBytes, listing).toBeLessThanOrEqual(BUDGET_JS_GZIP_BYTES);
  });

  it.each(PAGES)('does not load Dexie to draw %s', (path) => {
    const load = firstLoad(path);
    const dexie = load.files.filter((f) => DEXIE_MARKERS.some((m) => f.body.includes(m))).map((f) => f.url);
    expect(dexie).toEqual([]);
  });

  it("recognises Dexie's code by markers its shipped build contains", () => {
    const main = createRequire(import.meta.url).resolve('dexie');
    const source = readFileSync(join(dirname(main), 'dexie.js'), 'utf8');
    for (const marker of DEXIE_MARKERS) expect(source).toContain(marker);
  });
});
