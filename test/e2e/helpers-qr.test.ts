// The hand-over QR code as a camera sees it: a screenshot of the rendered code, decoded with jsQR.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test as it } from './browser-fixture';
import { scanQr } from './qr-scan';

function helpersString(lng: string, key: string): string {
  const data = JSON.parse(readFileSync(`locales/${lng}/helpers.json`, 'utf8')) as Record<string, unknown>;
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data) as string;
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
