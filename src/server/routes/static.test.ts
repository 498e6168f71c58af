import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { mountStatic } from './static';

function builtApp(): { dir: string; app: Hono; compressed: Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-static-test-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><title>Waymark</title><script src="/assets/index-abc.js"></script>${' '.repeat(300)}`,
  );
  writeFileSync(join(dir, 'assets', 'index-abc.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  const app = new Hono();
  const compressed = mountStatic(app, dir);
  return { dir, app, compressed };
}

describe('static files', () => {
  it('keeps serving the files the shell points to after a rebuild deleted them', async () => {
    const { dir, app } = builtApp();
    rmSync(dir, { recursive: true });
    const shell = await app.request('/en/sefton/gp');
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain('/assets/index-abc.js');
    const script = await app.request('/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Cache-Control')).toContain('immutable');
  });

  it('sends brotli or gzip by what the client accepts, and 304 for a known ETag', async () => {
    const { app, compressed } = builtApp();
    // Until brotli is ready (it runs off the main thread after start), a client that accepts it gets gzip.
    const early = await app.request('/assets/index-abc.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(early.headers.get('Content-Encoding')).toBe('gzip');
    await compressed;
    const br = await app.request('/assets/index-abc.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toContain('console.log');
    const gz = await app.request('/assets/index-abc.js', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toContain('console.log');
    const plain = await app.request('/assets/index-abc.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    const again = await app.request('/assets/index-abc.js', { headers: { 'If-None-Match': br.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for a missing file, a path outside the folder or a malformed escape, and the shell never caches', async () => {
    const { app } = builtApp();
    expect((await app.request('/assets/gone-123.js')).status).toBe(404);
    expect((await app.request('/%2e%2e/package.json')).status).toBe(404);
    expect((await app.request('/%E0%A4%A')).status).toBe(404);
    expect((await app.request('/en/sefton/')).headers.get('Cache-Control')).toBe('no-cache');
  });
});
