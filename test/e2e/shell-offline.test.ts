import { describe, expect } from 'vitest';
import { waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

describe('the app shell offline', () => {
  it('renders /ar/sefton/ right-to-left from the cache after the server is gone', async ({ server, page }) => {
    await page.goto(`${server.url}/ar/sefton/`);
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await waitForServiceWorker(page);
    // Let the worker keep the Arabic strings, then take the network away for real.
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('waymark-languages')).keys()).length), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await server.stop();
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ar');
    const heading = await page.locator('h1').innerText();
    expect(heading).toMatch(/[\u0600-\u06FF]/);
  });

  it('opens in Tigrinya from the home screen with no network after one visit (issue 2, "done means")', async ({ server, page }) => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: /ትግርኛ/ }).last().click();
    await page.waitForURL(/\/ti\/$/);
    await page.locator('main a[href="/ti/sefton/"]').click();
    await page.waitForURL(/\/ti\/sefton\/$/);
    await waitForServiceWorker(page);
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('waymark-languages')).keys()).map((r) => r.url).filter((u) => u.includes('locale-ti-')).length), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await server.stop();
    // The installed app starts at "/": it must reopen, in Tigrinya, at the remembered area.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/ti\/sefton\/$/);
    await expect.poll(async () => /[\u1200-\u137F]/.test(await page.locator('h1').innerText())).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
    // Every topic page opens offline too.
    await page.goto(`${server.url}/ti/sefton/gp`);
    await expect.poll(async () => /[\u1200-\u137F]/.test(await page.locator('h1').innerText())).toBe(true);
  });

  it('recovers from an unknown language in the URL with a notice', async ({ server, page }) => {
    await page.goto(`${server.url}/xx/sefton/`);
    await page.waitForURL(/\/en\/sefton\/\?notice=lang$/);
    await expect.poll(() => page.locator('[role=status]').first().innerText()).toMatch(/language/i);
  });

  it('recovers from an unknown area and a regional language tag', async ({ server, page }) => {
    await page.goto(`${server.url}/fa-AF/leeds/`);
    await page.waitForURL(/\/prs\/\?notice=(lang|area)$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fa-AF');
  });
});
