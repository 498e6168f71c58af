// Reads a QR code on screen as a camera would: a screenshot of the rendered code, decoded with jsQR.
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';

/** Screenshots the code and decodes the PNG's pixels (the page's own decoder turns PNG into RGBA). */
export async function scanQr(page: Page, qr: Locator = page.getByRole('dialog').getByRole('img')): Promise<string | undefined> {
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
