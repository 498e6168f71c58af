import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect } from 'vitest';
import { TOPICS } from '../../src/app/topics/topics';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { DEXIE_MARKERS, loadsDexie, measureFirstLoad, type FirstLoad } from '../bench/first-load';
import { measurePrecache } from '../bench/precache';
import { BUILD_A } from './harness';
import { test as it } from './browser-fixture';

const BUDGET_JS_GZIP_BYTES = 40 * 1024;
const BUDGET_PRECACHE_ONE_LANGUAGE_GZIP_BYTES = 400 * 1024;
// The first visit's choice of language, every language's home, and a deep link to a topic (what a QR hand-over opens) in a left-to-right and a right-to-left language.
const PAGES = ['/', ...LANGUAGE_CODES.map((lng) => `/${lng}/sefton/`)];
const TOPIC_PAGES = ['/en/sefton/gp', '/ar/sefton/gp', '/ti/stockton/bins', '/ar/sefton/report'];
// Every other topic's page, the report form's first step included, left to right and right to left.
const OTHER_TOPIC_PAGES = ['en', 'ar'].flatMap((lng) =>
  TOPICS.filter((t) => t.id !== 'gp' && !(lng === 'ar' && t.id === 'report')).map((t) => `/${lng}/sefton/${t.id}`),
);
const BUDGET_TOPIC_SCRIPTS_BEFORE_LIVE = 4;
// Pages opened with a query the server draws: a tool's (side by side with a third language, show, a leaflet) and a search link.
const QUERY_PAGES = [
  '/en/sefton/side-by-side?topic=gp&with=ar',
  '/ar/sefton/leaflet?topics=gp,bins&with=en',
  '/ar/sefton/show?topic=gp',
  `/ar/sefton/search?q=${encodeURIComponent('طبيب')}`,
];
// Every page drawn for a place in an area: held to 40 KB and 4 scripts before live.
const AREA_PAGES = [...TOPIC_PAGES, ...OTHER_TOPIC_PAGES, ...QUERY_PAGES];

const loads = new Map<string, FirstLoad>();

// Pages measured a few at a time, each in its own fresh context: what is measured is bytes, requests and shifts, not time.
const AT_ONCE = 3;

it.beforeAll(async ({ browser, server }) => {
  const waiting = [...PAGES, ...AREA_PAGES];
  const measure = async (): Promise<void> => {
    for (let path = waiting.shift(); path; path = waiting.shift()) loads.set(path, await measureFirstLoad(browser, `${server.url}${path}`));
  };
  await Promise.all(Array.from({ length: AT_ONCE }, measure));
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
    // The strings come as a locale file or in the server's HTML; either way they count.
    expect(load.files.some((f) => f.kind === 'js' && /\/assets\/locale-/.test(f.url)) || load.sentStringsGzipBytes > 0, listing).toBe(true);
    expect(load.jsGzipBytes + load.sentStringsGzipBytes, listing).toBeLessThanOrEqual(BUDGET_JS_GZIP_BYTES);
  });

  it.each(PAGES)('does not load Dexie to draw %s', (path) => {
    const load = firstLoad(path);
    const dexie = load.files.filter((f) => DEXIE_MARKERS.some((m) => f.body.includes(m))).map((f) => f.url);
    expect(dexie).toEqual([]);
  });

  const listingOf = (load: FirstLoad) =>
    `${load.files.map((f) => `${new URL(f.url).pathname} ${f.gzipBytes}`).join('\n')}\nstrings in the page ${load.sentStringsGzipBytes}`;

  it.each(AREA_PAGES)('%s fetches at most 4 scripts before it is live, and no Dexie', (path) => {
    const load = firstLoad(path);
    expect(load.scriptsBeforeLive, listingOf(load)).toBeLessThanOrEqual(BUDGET_TOPIC_SCRIPTS_BEFORE_LIVE);
    expect(loadsDexie(load.files)).toBe(false);
  });

  it.each(AREA_PAGES)('%s loads at most 40 KB of gzipped JavaScript', (path) => {
    const load = firstLoad(path);
    expect(load.jsGzipBytes, listingOf(load)).toBeLessThanOrEqual(BUDGET_JS_GZIP_BYTES);
  });

  it.each([...PAGES, ...AREA_PAGES])('%s moves nothing while it loads and hydrates (CLS 0)', (path) => {
    expect(firstLoad(path).layoutShift).toBe(0);
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
