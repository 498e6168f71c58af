// Pages opened with a helper tool's query: one canonical key from real values only, kept in a bounded cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_TOPICS } from '../../shared/helper-queries';
import { LANGUAGE_CODES } from '../../shared/languages';
import type { Database } from '../db/database';
import { builtShell, fakeRenderer } from '../testing/page-fixtures';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';
import { pageKey, QUERY_PAGES_KEPT } from './pages';

describe('the key of a page opened with a helper tool’s query', () => {
  const key = (url: string) => {
    const u = new URL(url, 'http://localhost');
    return pageKey(u.pathname, u.searchParams);
  };

  it('draws known topics and languages, under one key in the tool’s order, however the query is written', () => {
    expect(key('/ar/sefton/side-by-side?topic=gp&with=en')).toBe('/ar/sefton/side-by-side?topic=gp&with=en');
    expect(key('/ar/sefton/side-by-side?with=en&topic=gp')).toBe('/ar/sefton/side-by-side?topic=gp&with=en');
    expect(key('/en/sefton/side-by-side?with=zh-Hans')).toBe('/en/sefton/side-by-side?with=zh-Hans');
    expect(key('/en/sefton/show?from=%2Fen%2Fsefton%2Fgp&topic=gp')).toBe('/en/sefton/show?topic=gp&from=/en/sefton/gp');
    // "Close" returns to the page the tool was opened from: a tool's page with its own query is checked as any other.
    expect(key('/en/sefton/show?topic=gp&from=%2Fen%2Fsefton%2Fside-by-side%3Fwith%3Dar%26topic%3Dgp')).toBe(
      '/en/sefton/show?topic=gp&from=/en/sefton/side-by-side%3Ftopic%3Dgp%26with%3Dar',
    );
    expect(key('/en/sefton/leaflet?with=en&topics=bins,gp,bins')).toBe('/en/sefton/leaflet?topics=gp,bins&with=en');
    expect(key('/en/sefton/leaflet?topics=gp%2Cchecklist')).toBe('/en/sefton/leaflet?topics=checklist,gp');
    expect(key('/en/sefton/leaflet?topics=')).toBe('/en/sefton/leaflet?topics=');
  });

  it('gives the shell for anything unknown: a topic, a language, a parameter, a repeat, another page, a search', () => {
    for (const url of [
      '/en/sefton/side-by-side?topic=nope',
      '/en/sefton/side-by-side?topic=report',
      '/en/sefton/side-by-side?topic=gp&with=xx',
      '/en/sefton/side-by-side?topic=gp&utm=1',
      '/en/sefton/side-by-side?topic=gp&topic=bins',
      '/en/sefton/show?topic=gp&from=https://example.com/',
      '/en/sefton/show?topic=gp&from=/en/stockton/gp',
      '/en/sefton/show?topic=gp&from=%2Fen%2Fsefton%2Fside-by-side%3Ftopic%3Dnope',
      '/en/sefton/show?topic=gp&from=%2Fen%2Fsefton%2Fbins%3Fbin%3Dsefton.20261201',
      '/en/sefton/leaflet?topics=gp,nope',
      '/en/sefton/walkthrough?topic=gp',
      '/en/sefton/gp?topic=gp',
      '/en/sefton/search?q=gp',
    ])
      expect(key(url), url).toBeUndefined();
    // Pages without a query, and the notices, keep their keys.
    expect(key('/en/sefton/side-by-side')).toBe('/en/sefton/side-by-side');
    expect(key('/en/sefton/?notice=topic')).toBe('/en/sefton/?notice=topic');
  });
});

describe('the pages drawn for a query', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDrivers()[0]!.open();
  });
  afterAll(() => db.close());

  it('are drawn by the server, and only the most recently asked for are kept', async () => {
    const { renderer, state } = fakeRenderer();
    const app = createTestApp(db, { staticDir: builtShell(), renderer });
    const urls = LANGUAGE_CODES.flatMap((lng) => BODY_TOPICS.map((t) => `/${lng}/sefton/side-by-side?topic=${t}&with=en`));
    expect(urls.length).toBeGreaterThan(QUERY_PAGES_KEPT);
    expect(await (await app.request(urls[0]!)).text()).toContain(`<h1>${urls[0]}</h1>`);
    // Asked for again, the first stays among the most recent while the rest are drawn.
    for (const url of urls.slice(1, QUERY_PAGES_KEPT)) await app.request(url);
    await app.request(urls[0]!);
    for (const url of urls.slice(QUERY_PAGES_KEPT)) await app.request(url);
    expect(state.renders).toBe(urls.length);
    await app.request(urls[0]!);
    expect(state.renders, 'the first was kept').toBe(urls.length);
    await app.request(urls[1]!);
    expect(state.renders, 'the least recently asked for was let go').toBe(urls.length + 1);
  });
});
