// The leaflet's QR code comes in the server's HTML: it prints and scans without JavaScript, and the phone fetches no encoder.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { describe, expect } from 'vitest';
import { makeQrMatrix, qrPathData } from '../../src/app/helper-tools/hand-over/qr-code';
import { TEMPLATE_DATA, freePort, phone, startServer } from './harness';
import { test as it } from './browser-fixture';
import { scanQr } from './qr-scan';

// uqr's alphanumeric alphabet: in the encoder's chunk whatever its file is called, in no other script.
const UQR_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Every script the page fetched that holds the QR encoder, by its file name or its code. */
function watchEncoder(page: Page): () => Promise<string[]> {
  const scripts: Response[] = [];
  page.on('response', (r) => void (r.request().resourceType() === 'script' && scripts.push(r)));
  return async () => {
    const found = await Promise.all(
      scripts.map(async (r) => (/QrCode-/.test(r.url()) || (await r.text().catch(() => '')).includes(UQR_ALPHABET) ? r.url() : '')),
    );
    return found.filter(Boolean);
  };
}

const code = (page: Page) => page.locator('.leaflet-qr-code');

describe('the leaflet’s QR code', () => {
  it.for(['en', 'ar'])(
    'is in the server’s HTML with JavaScript off (%s), and scans to the area’s home',
    async (lang, { server, newContext, page }) => {
      const off = await (await newContext({ ...phone(), javaScriptEnabled: false })).newPage();
      await off.goto(`${server.url}/${lang}/sefton/leaflet`);
      const home = `${server.url}/${lang}/sefton/`;
      expect(await code(off).getAttribute('data-text')).toBe(home);
      expect(await code(off).locator('svg[role="img"]').getAttribute('aria-label')).toBe(home);
      // The camera's view of the page without scripts, read by a decoder on another page.
      await page.goto('about:blank', { waitUntil: 'load' });
      expect(await scanQr(page, code(off).locator('svg'))).toBe(home);
    },
  );

  it('is kept by the phone as the server drew it: the leaflet goes live without fetching the encoder', async ({ server, page }) => {
    const encoder = watchEncoder(page);
    // The server's code is marked as the parser adds it, before any script: if the phone redrew it, the mark would be gone.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const svg = document.querySelector('.leaflet-qr-code svg');
        if (!svg) return;
        svg.setAttribute('data-seen', 'server');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}/en/sefton/leaflet`);
    await page.waitForLoadState('networkidle');
    expect(await encoder()).toEqual([]);
    expect(await code(page).locator('svg').getAttribute('data-seen')).toBe('server');
    expect(await scanQr(page, code(page).locator('svg'))).toBe(`${server.url}/en/sefton/`);
  });

  it('is drawn on the phone after a client-side route into the leaflet', async ({ server, page }) => {
    const encoder = watchEncoder(page);
    await page.goto(`${server.url}/en/sefton/gp`);
    await page.locator('a[href^="/en/sefton/leaflet"]').first().click();
    await code(page).locator('svg').waitFor();
    expect(await code(page).getAttribute('data-text')).toBe(`${server.url}/en/sefton/`);
    expect(await scanQr(page, code(page).locator('svg'))).toBe(`${server.url}/en/sefton/`);
    expect((await encoder()).length).toBeGreaterThan(0);
  });

  it('is drawn for PUBLIC_ORIGIN, and redrawn by a phone that reached the server by another origin', async ({ newContext }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
    if (existsSync(TEMPLATE_DATA)) cpSync(TEMPLATE_DATA, dataDir, { recursive: true });
    const proxied = await startServer({ port: await freePort(), dataDir, env: { PUBLIC_ORIGIN: 'https://waymark.example' } });
    try {
      const html = await (await fetch(`${proxied.url}/en/sefton/leaflet`, { headers: { Host: 'evil.example' } })).text();
      const public_ = 'https://waymark.example/en/sefton/';
      expect(html).toContain(`data-text="${public_}"`);
      expect(html).toContain(`d="${qrPathData(makeQrMatrix(public_), 4)}"`);
      expect(html).not.toContain('evil.example');
      const page = await (await newContext(phone())).newPage();
      const encoder = watchEncoder(page);
      await page.goto(`${proxied.url}/en/sefton/leaflet`);
      await page.waitForLoadState('networkidle');
      expect(await code(page).getAttribute('data-text')).toBe(`${proxied.url}/en/sefton/`);
      expect(await scanQr(page, code(page).locator('svg'))).toBe(`${proxied.url}/en/sefton/`);
      expect((await encoder()).length).toBeGreaterThan(0);
    } finally {
      await proxied.stop();
    }
  });
});
