// Issue 15's figures: LCP of the app over that of its own static snapshot (scripts removed, same CSS, fonts and
// compression), the compressed bytes up to the first screen's last element, and a topic page's first load.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadStaticFiles, pickEncoding } from '../../src/server/routes/static-files';
import { phoneContext, waitForApp } from '../e2e/harness';
import { runOnce, startDebugChromium } from './lighthouse';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The DOM each page ends with after hydrating, every script and modulepreload removed. */
export async function snapshotPages(browser: Browser, base: string, paths: readonly string[]): Promise<Map<string, string>> {
  const context = await phoneContext(browser);
  const snaps = new Map<string, string>();
  try {
    for (const path of paths) {
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      await waitForApp(page);
      const html = await page.evaluate(() => {
        for (const n of document.querySelectorAll('script, link[rel=modulepreload], link[rel=manifest]')) n.remove();
        return `<!doctype html>${document.documentElement.outerHTML}`;
      });
      snaps.set(path, html);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return snaps;
}

/** Serves the snapshots at their own paths and the build's files beside them, compressed as the app server does. */
export async function serveSnapshots(buildDir: string, snaps: Map<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const { files } = loadStaticFiles(buildDir);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const snap = snaps.get(path);
    if (snap !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      return res.end(brotliCompressSync(Buffer.from(snap)));
    }
    const file = files.get(path);
    if (!file) return res.writeHead(404).end();
    const encoding = pickEncoding(file, req.headers['accept-encoding']);
    res.writeHead(200, { 'content-type': file.type, ...(encoding ? { 'content-encoding': encoding } : {}) });
    res.end(encoding ? file[encoding] : file.raw);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, stop: () => new Promise((done) => server.close(() => done())) };
}

/** Median LCP of the app over the median LCP of its snapshot, runs interleaved (app, snapshot, app, …) in one browser. */
export async function lcpFloorRatios(
  appBase: string,
  snapBase: string,
  paths: readonly string[],
  runs: number,
): Promise<Map<string, number>> {
  const chromium = await startDebugChromium();
  const once = async (url: string) => (await runOnce(url, chromium.port)).audits['largest-contentful-paint']?.numericValue ?? NaN;
  // A trace Lighthouse failed to record (NO_NAVSTART on a busy machine) is recorded again, once.
  const lcp = (url: string) => once(url).catch(() => once(url));
  const ratios = new Map<string, number>();
  try {
    await lcp(`${appBase}${paths[0]}`).catch(() => undefined);
    for (const path of paths) {
      const app: number[] = [];
      const snap: number[] = [];
      for (let i = 0; i < runs; i++) {
        app.push(await lcp(`${appBase}${path}`));
        snap.push(await lcp(`${snapBase}${path}`));
      }
      process.stderr.write(`bench: LCP ${path} app ${app.map(Math.round).join(' ')} ms, snapshot ${snap.map(Math.round).join(' ')} ms\n`);
      ratios.set(path, Math.round((median(app) / median(snap)) * 1000) / 1000);
    }
  } finally {
    await chromium.stop();
  }
  return ratios;
}

/** Brotli bytes of the HTML up to the end of the last text on the first screen (360 × 640, scripts off). */
export async function firstScreenBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(url);
    const raw = (await response!.body()).toString('utf8');
    const last = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let found = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim();
        if (!text || n.parentElement?.closest('noscript, script, dialog')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const box = range.getBoundingClientRect();
        if (box.height > 0 && box.top < innerHeight) found = text;
      }
      return found;
    });
    const escaped = last.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // Searched before the strings sent as JSON (script text, skipped by the walker too), where the same words recur.
    const at = raw.split('<script type="application/json"')[0]!.lastIndexOf(escaped);
    if (!last || at < 0) throw new Error(`the first screen's last text was not found in ${url}`);
    return brotliCompressSync(Buffer.from(raw.slice(0, at + escaped.length))).length;
  } finally {
    await context.close();
  }
}
