import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect } from 'vitest';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { DEXIE_MARKERS, measureFirstLoad, type FirstLoad } from '../bench/first-load';
import { measurePrecache } from '../bench/precache';
import { BUILD_A } from './harness';
import { test as it } from './browser-fixture';

const BUDGET_JS_GZIP_BYTES = 40 * 1024;
const BUDGET_PRECACHE_ONE_LANGUAGE_GZIP_BYTES = 400 * 1024;
// Every language's home. (A deep link to a topic still loads more: that is issue 15's work, measured by the bench.)
const PAGES = LANGUAGE_CODES.map((lng) => `/${lng}/sefton/`);

const loads = new Map<string, FirstLoad>();

it.beforeAll(async ({ browser, server }) => {
  for (const path of PAGES) loads.set(path, await measureFirstLoad(browser, `${server.url}${path}`));
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
    expect(
      load.files.some((f) => f.kind === 'js' && /\/assets\/locale-/.test(f.url)),
      listing,
    ).toBe(true);
    expect(load.jsGzipBytes, listing).toBeLessThanOrEqual(BUDGET_JS_GZIP_BYTES);
  });

  it.each(PAGES)('does not load Dexie to draw %s', (path) => {
    const load = firstLoad(path);
    const dexie = load.files.filter((f) => DEXIE_MARKERS.some((m) => f.body.includes(m))).map((f) => f.url);
    expect(dexie).toEqual([]);
  });

  it('stores at most 400 KB (gzip) to work offline in English plus any one language', () => {
    const precache = measurePrecache(BUILD_A);
    expect(precache.largestLanguage, 'every language is built').toBeDefined();
    expect(precache.oneLanguage.gzipBytes, `largest: ${precache.largestLanguage}`).toBeLessThanOrEqual(
      BUDGET_PRECACHE_ONE_LANGUAGE_GZIP_BYTES,
    );
  });

  it("recognises Dexie's code by markers its shipped build contains", () => {
    const main = createRequire(import.meta.url).resolve('dexie');
    const source = readFileSync(join(dirname(main), 'dexie.js'), 'utf8');
    for (const marker of DEXIE_MARKERS) expect(source).toContain(marker);
  });
});
