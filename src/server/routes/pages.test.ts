import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_TOPICS } from '../../shared/helper-queries';
import { LANGUAGE_CODES } from '../../shared/languages';
import type { PageRenderer, RenderedPage } from '../../shared/page-render';
import { composePage, pageKey, QUERY_PAGES_KEPT } from './pages';
import type { Database } from '../db/database';
import { validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

function builtShell(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pages-test-'));
  const shell = `<!doctype html><html lang="en-GB" dir="ltr"><head><title>Waymark</title><script src="/boot.js"></script></head><body><div id="app"></div></body></html>`;
  writeFileSync(join(dir, 'index.html'), shell + ' '.repeat(300));
  return dir;
}

/** Renders "<h1>url</h1>" in Arabic; while `hold` is set, every render waits for it. */
function fakeRenderer() {
  const state = { renders: 0, hold: undefined as Promise<void> | undefined };
  const renderer: PageRenderer = {
    prepare: () => Promise.resolve(),
    async renderPage(url): Promise<RenderedPage> {
      state.renders++;
      if (state.hold) await state.hold;
      return {
        kind: 'page',
        status: 200,
        bcp47: 'ar',
        dir: 'rtl',
        title: 'الصحة · Waymark',
        html: `<h1>${url}</h1>`,
        namespaces: ['common'],
        noscript: 'JavaScript',
        lang: 'ar',
        modules: [],
      };
    },
  };
  return { renderer, state };
}

describe('server-rendered pages', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDrivers()[0]!.open();
  });
  afterAll(() => db.close());

  it('sends the page in #app with its lang, dir and title, renders it once, and answers 304 for its ETag', async () => {
    const { renderer, state } = fakeRenderer();
    const app = createTestApp(db, { staticDir: builtShell(), renderer });
    const first = await app.request('/ar/sefton/gp');
    const html = await first.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<title>الصحة · Waymark</title>');
    expect(html).toContain('<div id="app" data-ns="common"><h1>/ar/sefton/gp</h1></div>');
    expect(html).not.toContain('/boot.js');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    expect((await app.request('/ar/sefton/gp')).headers.get('ETag')).toBe(etag);
    expect((await app.request('/ar/sefton/gp', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect(state.renders).toBe(1);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('draws / for the browser’s language, one copy per language Waymark speaks, and says it varies by it', async () => {
    const { renderer, state } = fakeRenderer();
    const app = createTestApp(db, { staticDir: builtShell(), renderer });
    const arabic = await app.request('/', { headers: { 'Accept-Language': 'ar-SY,ar;q=0.9,en;q=0.5' } });
    expect(await arabic.text()).toContain('<h1>/?guess=ar</h1>');
    expect(arabic.headers.get('Vary')).toBe('Accept-Encoding, Accept-Language');
    await app.request('/', { headers: { 'Accept-Language': 'ar' } });
    expect(state.renders).toBe(1);
    // Any language Waymark does not speak, or none, is the English guess: still one more page, not one per header.
    for (const header of ['de-DE', 'xx;q=0.3', ''])
      expect(await (await app.request('/', { headers: { 'Accept-Language': header } })).text()).toContain('<h1>/?guess=en</h1>');
    expect(state.renders).toBe(2);
    // Asked for by its key, the same page; an unknown guess, or any other query, is the shell.
    expect(await (await app.request('/?guess=ar')).text()).toContain('<h1>/?guess=ar</h1>');
    expect(state.renders).toBe(2);
    for (const url of ['/?guess=xx', '/?guess=ar&x=1', '/?q=1', '/index.html'])
      expect(await (await app.request(url)).text(), url).toContain('<div id="app"></div>');
  });

  it('draws a search link with its results, rendered for each request and kept nowhere, not even by the browser', async () => {
    const { renderer, state } = fakeRenderer();
    const app = createTestApp(db, { staticDir: builtShell(), renderer });
    for (let i = 1; i <= 2; i++) {
      const answer = await app.request('/ar/sefton/search?q=%20gp%20');
      expect(await answer.text()).toContain('<h1>/ar/sefton/search?q=gp</h1>');
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      expect(state.renders).toBe(i);
    }
    // An empty search is the plain page; one too long, or with other parameters, is the shell, never rendered.
    expect(await (await app.request('/ar/sefton/search?q=%20')).text()).toContain('<h1>/ar/sefton/search</h1>');
    expect(await (await app.request(`/ar/sefton/search?q=${'a'.repeat(101)}`)).text()).toContain('<div id="app"></div>');
    expect(await (await app.request('/ar/sefton/search?q=gp&x=1')).text()).toContain('<div id="app"></div>');
    expect(await (await app.request('/ar/sefton/gp?q=gp')).text()).toContain('<div id="app"></div>');
    expect(state.renders).toBe(3);
  });

  it('answers the intake API at once while renders are held busy', async () => {
    const { renderer, state } = fakeRenderer();
    let release = () => {};
    state.hold = new Promise<void>((done) => (release = done));
    const app = createTestApp(db, { staticDir: builtShell(), renderer });
    const pages = ['gp', 'bins', 'esol', 'money', 'schools'].map((t) => app.request(`/en/sefton/${t}`));
    const report = validReport();
    const posted = await app.request('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': String(report.id) },
      body: JSON.stringify(report),
    });
    expect(posted.status).toBe(201);
    expect((await app.request('/api/health')).status).toBe(200);
    expect(state.renders).toBeLessThanOrEqual(1);
    release();
    for (const page of await Promise.all(pages)) expect(page.status).toBe(200);
    expect(state.renders).toBe(5);
  });
});

describe('the page loader written into the page', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDrivers()[0]!.open();
  });
  afterAll(() => db.close());

  it('is public/load.js byte for byte, before the stylesheets, and the CSP allows exactly it by its hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-loader-test-'));
    const shell =
      '<!doctype html><html><head><title>W</title><script src="/boot.js"></script><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="stylesheet" crossorigin href="/assets/index.css"></head><body><div id="app"></div></body></html>';
    writeFileSync(join(dir, 'index.html'), shell);
    copyFileSync(join(process.cwd(), 'public', 'load.js'), join(dir, 'load.js'));
    const app = createTestApp(db, { staticDir: dir, renderer: fakeRenderer().renderer });
    const answer = await app.request('/ar/sefton/gp');
    const html = await answer.text();
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(inline).toBe(readFileSync(join(process.cwd(), 'public', 'load.js'), 'utf8').trim());
    expect(html).not.toContain('src="/load.js"');
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    const scriptSrc = answer.headers
      .get('Content-Security-Policy')
      ?.split('; ')
      .find((d) => d.startsWith('script-src '));
    const hash = createHash('sha256').update(inline!, 'utf8').digest('base64');
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  });
});

describe('the strings a page was drawn with', () => {
  const page: RenderedPage = {
    kind: 'page',
    status: 200,
    bcp47: 'ar',
    dir: 'rtl',
    title: 'GP',
    html: '<h1>GP</h1>',
    namespaces: ['common'],
    noscript: '',
    lang: 'ar',
    modules: [],
    strings: { strings: { ar: { common: { a: '</script><script>alert(1)</script>' } } }, fallback: { common: { b: 'B' } } },
  };
  const shell =
    '<html><head><title>W</title><script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="app"></div></body></html>';
  const manifest = { 'locales/ar/common.json': { file: 'assets/locale-ar-common.js' } } as unknown as Parameters<typeof composePage>[2];

  it('come in the page after the content, as JSON no string can close, and no locale file is fetched for them', () => {
    const html = composePage(shell, page, manifest);
    const json = /<script type="application\/json" id="waymark-strings">(.*?)<\/script><\/body>/.exec(html)?.[1];
    expect(JSON.parse(json!)).toEqual(page.strings);
    expect(html.indexOf('waymark-strings')).toBeGreaterThan(html.indexOf('<h1>GP</h1>'));
    expect(html).not.toContain('locale-ar-common');
    expect(composePage(shell, { ...page, strings: undefined }, manifest)).toContain('/assets/locale-ar-common.js');
  });
});

describe('the web app manifest of a drawn page', () => {
  it('is linked by the loader after the first paint, not in the head the first paint waits on', () => {
    const page: RenderedPage = {
      kind: 'page',
      status: 200,
      bcp47: 'en-GB',
      dir: 'ltr',
      title: 'GP',
      html: '<h1>GP</h1>',
      namespaces: ['common'],
      noscript: '',
      lang: 'en',
      modules: [],
    };
    const shell =
      '<html><head><title>W</title><link rel="manifest" href="/manifest.webmanifest"><script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="app"></div></body></html>';
    const html = composePage(shell, page, {} as Parameters<typeof composePage>[2]);
    expect(html).not.toContain('<link rel="manifest"');
    expect(html).toMatch(/<meta name="waymark-scripts" content="\/assets\/index\.js" data-manifest="\/manifest\.webmanifest">/);
    // The shell itself (a page drawn on the phone) keeps its link.
    expect(composePage(shell, { ...page, kind: 'shell' }, {} as Parameters<typeof composePage>[2])).toContain('<link rel="manifest"');
  });
});

describe('a topic body a helper tool drew', () => {
  it('comes with its stylesheet but not its script, which the page fetches only once it is live', () => {
    const page: RenderedPage = {
      kind: 'page',
      status: 200,
      bcp47: 'en-GB',
      dir: 'ltr',
      title: 'Side by side',
      html: '<h1>Side by side</h1>',
      namespaces: ['common'],
      noscript: '',
      lang: 'en',
      modules: ['topic-side-by-side'],
      styleModules: ['topic-decision', 'topic-side-by-side'],
    };
    const manifest = {
      'src/main.tsx': { file: 'assets/index.js', isEntry: true },
      '_helper-tools.js': { file: 'assets/helper-tools.js', name: 'helper-tools', css: ['assets/helper-tools.css'] },
      '_topic-decision.js': { file: 'assets/topic-decision.js', name: 'topic-decision', css: ['assets/topic-decision.css'] },
    } as unknown as Parameters<typeof composePage>[2];
    const shell =
      '<html><head><title>W</title><script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="app"></div></body></html>';
    const html = composePage(shell, page, manifest);
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/helper-tools.css">',
      '<link rel="stylesheet" crossorigin href="/assets/topic-decision.css">',
    ]);
    expect(/<meta name="waymark-scripts" content="([^"]*)"/.exec(html)?.[1]).toBe('/assets/index.js /assets/helper-tools.js');
  });
});

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
