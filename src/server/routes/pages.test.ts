import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { builtShell, fakeRenderer } from '../testing/page-fixtures';
import { validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

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
