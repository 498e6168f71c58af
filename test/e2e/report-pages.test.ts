// The report screens in a real browser: no axe violations at each step (left to right and right to left), and Quick exit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test as it } from './browser-fixture';
import { saveReport } from './report-flow';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const r = await w.axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the report screens', () => {
  it.for(['en', 'ar'])(
    'have no axe violations at any step in %s, errors and status list included',
    async (lang, { server, newContext }) => {
      // axe is injected as a script, which the app's CSP forbids; bypass it for the checker only.
      const context = await newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      for (const step of ['', '?c=repair', '?c=harassment', '?c=aspen&step=form']) {
        await page.goto(`${server.url}/${lang}/sefton/report${step}`);
        await page.locator('main h1').waitFor();
        found.push(...(await violations(page)).map((v) => `${step || 'start'}: ${v}`));
      }
      // The form after a failed check: errors beside fields and in the summary.
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').first().waitFor();
      found.push(...(await violations(page)).map((v) => `errors: ${v}`));
      if (lang === 'en') {
        await saveReport(page, server.url);
        found.push(...(await violations(page)).map((v) => `status: ${v}`));
      }
      expect(found).toEqual([]);
    },
  );

  it("makes a 12-megapixel photo smaller than 300 KB on the phone, as JPEG without the camera's hidden details", async ({
    server,
    newContext,
  }) => {
    const context = await newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/report?c=repair&step=form`);
    // A noisy picture compresses badly: the hardest case for the size limit.
    const big = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(4000, 3000);
      const ctx = canvas.getContext('2d')!;
      const image = ctx.createImageData(4000, 3000);
      for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 2654435761) % 251;
      ctx.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    });
    const jpeg = Buffer.from(big, 'base64');
    // An EXIF block right after the start marker, as a phone camera writes one (here with a made-up place).
    const exifBody = Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08\0\0', 'latin1'), Buffer.from('GPS-SECRET-53.46N-3.01W')]);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (exifBody.length + 2) >> 8, (exifBody.length + 2) & 0xff]), exifBody]);
    const original = Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
    expect(original.length).toBeGreaterThan(1_000_000);
    await page.locator('input[type="file"]').setInputFiles({ name: 'leak.jpg', mimeType: 'image/jpeg', buffer: original });
    await page.getByRole('img', { name: 'Photo 1' }).waitFor({ timeout: 30_000 });
    const kept = await page.getByRole('img', { name: 'Photo 1' }).getAttribute('src');
    const data = Buffer.from(kept!.split(',')[1]!, 'base64');
    expect(data.length).toBeLessThanOrEqual(300 * 1024);
    expect([...data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(data.includes('GPS-SECRET')).toBe(false);
    expect(data.includes('Exif')).toBe(false);
  });

  it('Quick exit leaves at once for a neutral site, and Back does not return to the report', async ({ server, newContext }) => {
    const context = await newContext({ viewport: { width: 360, height: 800 } });
    await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/`);
    await page.locator('main a[href="/en/sefton/report"]').click();
    await page.getByRole('button', { name: 'Harassment or hate crime' }).click();
    await page.getByRole('button', { name: 'Write a report' }).click();
    await page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }).fill('They shouted at us again');
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL('https://www.bbc.co.uk/weather');
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toContain('/report');
  });
});
