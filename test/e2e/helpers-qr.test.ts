// The hand-over QR code as a camera sees it: a screenshot of the rendered code, decoded with jsQR.
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test as it } from './browser-fixture';

function helpersString(lng: string, key: string): string {
  const data = JSON.parse(readFileSync(`locales/${lng}/helpers.json`, 'utf8')) as Record<string, unknown>;
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data) as string;
}

/** Screenshots the QR code on screen and decodes the PNG's pixels (the page's own decoder turns PNG into RGBA). */
async function scanQr(page: Page): Promise<string | undefined> {
  const qr = page.getByRole('dialog').getByRole('img');
  await qr.waitFor();
  const png = (await qr.screenshot()).toString('base64');
  const { data, width, height } = await page.evaluate(async (b64) => {
    // Built from bytes, not a data: URL, which the page's Content-Security-Policy rightly refuses.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const image = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { data: Array.from(image.data), width: image.width, height: image.height };
  }, png);
  return jsQR(new Uint8ClampedArray(data), width, height)?.data;
}

describe('handing Waymark over by QR code', () => {
  it('opens the walkthrough’s area home in Dari on the person’s phone', async ({ server, page }) => {
    await page.goto(`${server.url}/prs/sefton/walkthrough`);
    await page
      .getByRole('button', { name: helpersString('prs', 'tools.handOver') })
      .first()
      .click();
    expect(await scanQr(page)).toBe(`${server.url}/prs/sefton/`);
  });

  it('opens the same topic page in the person’s language from side by side, in dark mode too', async ({ server, newContext }) => {
    const context = await newContext({ viewport: { width: 1024, height: 800 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/stockton/side-by-side?topic=schools&with=en`);
    await page.getByRole('button', { name: helpersString('ar', 'tools.handOver') }).click();
    expect(await scanQr(page)).toBe(`${server.url}/ar/stockton/schools`);
  });
});
