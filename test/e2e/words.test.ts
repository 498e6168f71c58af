// Words you will hear (issue 19.5): a topic's glossary words link to their entries, offline, in Tigrinya at 360 px.
import { describe, expect } from 'vitest';
import { test as it } from './browser-fixture';
import { waitForServiceWorker } from './harness';

const ETHIOPIC = /[\u1200-\u137F]/;

describe('words you will hear', () => {
  it('with no signal, a Tigrinya reader taps a word on the money page and lands on its meaning, English beside', async ({
    server,
    page,
  }) => {
    await page.goto(`${server.url}/ti/stockton/money`);
    await waitForServiceWorker(page);
    await expect
      .poll(
        () =>
          page.evaluate(async () => (await (await caches.open('waymark-languages')).keys()).some((r) => /locale-ti-words-/.test(r.url))),
        { timeout: 20_000 },
      )
      .toBe(true);
    await server.stop();
    await page.goto(`${server.url}/ti/stockton/money`);

    const words = page.getByRole('navigation', { name: 'ኣብዚ ገጽ ዘለዉ ቃላት' });
    const aspen = words.locator('a[href="/ti/stockton/words#aspen"]');
    await aspen.click();
    await page.waitForURL(/\/ti\/stockton\/words#aspen$/);
    const entry = page.locator('#aspen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('aspen');
    expect(await entry.isVisible()).toBe(true);
    expect(ETHIOPIC.test(await entry.locator('dt').innerText())).toBe(true);
    const english = entry.locator('bdi[lang="en"]');
    expect(await english.innerText()).toBe('ASPEN card');
    expect(await english.getAttribute('dir')).toBe('ltr');
    // Nothing on the glossary runs past a 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('in Arabic the English word reads left to right inside the right-to-left entry', async ({ server, page }) => {
    await page.goto(`${server.url}/ar/sefton/words#noticeToQuit`);
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    const english = page.locator('#noticeToQuit dt bdi[lang="en"]');
    await english.waitFor();
    expect(await english.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('#noticeToQuit').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});
