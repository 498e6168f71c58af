import { describe, expect } from 'vitest';
import en from '../../locales/en/common.json';
import enDates from '../../locales/en/dates.json';
import arContent from '../../locales/ar/content.json';
import { goOffline, phone, waitForServiceWorker } from './harness';
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

  it('offline straight after a first visit, a topic of an area not yet met shows 999 and says it is not saved, in Arabic', async ({
    server,
    context,
    page,
  }) => {
    await page.goto(`${server.url}/ar/`);
    // No waiting for caches: only for the worker to take over (it keeps the page's language before it does).
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.goto(`${server.url}/ar/stockton/gp`);
    await page.getByText(arContent.packMissing).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('main a[href="tel:999"]').count()).toBeGreaterThan(0);
    // The number on a call button stays on one line.
    const gas = page.locator('main a.report-call bdi').last();
    expect(await gas.evaluate((el) => el.getClientRects().length)).toBe(1);
  });

  it('opens in Tigrinya from the home screen with no network after one visit (issue 2, "done means")', async ({ server, page }) => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /ትግርኛ/ }).last().click();
    await page.waitForURL(/\/ti\/$/);
    await page.locator('main a[href="/ti/sefton/"]').click();
    await page.waitForURL(/\/ti\/sefton\/$/);
    await waitForServiceWorker(page);
    await expect
      .poll(
        () =>
          page.evaluate(
            async () =>
              (await (await caches.open('waymark-languages')).keys()).map((r) => r.url).filter((u) => u.includes('locale-ti-')).length,
          ),
        { timeout: 15_000 },
      )
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

  it('lands a phone set to ku-Latn in Kurmanji, which reads the GP page offline and finds it by "doktor" (issue 16)', async ({
    server,
    newContext,
  }) => {
    const page = await (await newContext(phone({ locale: 'ku-Latn' }))).newPage();
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ku-Latn');
    // The best guess comes first, as one large button in its own name.
    await page.locator('.choice-suggested', { hasText: 'Kurdî (Kurmancî)' }).click();
    await page.waitForURL(/\/kmr\/$/);
    await page.locator('main a[href="/kmr/sefton/"]').click();
    await page.waitForURL(/\/kmr\/sefton\/$/);
    await waitForServiceWorker(page);
    await expect
      .poll(
        () =>
          page.evaluate(
            async () => (await (await caches.open('waymark-languages')).keys()).filter((r) => r.url.includes('locale-kmr-')).length,
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(5);
    await server.stop();
    await page.goto(`${server.url}/kmr/sefton/gp`);
    await expect.poll(() => page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/kmr/sefton/search?q=doktor`);
    await expect.poll(() => page.locator('main a[href^="/kmr/sefton/gp"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('reloads offline in a language of every new script: Latin, Bengali, Gurmukhi, Devanagari and Han', async ({ server, page }) => {
    const scripts: Record<string, RegExp> = {
      om: /[a-z]/i,
      bn: /[\u0980-\u09FF]/,
      pa: /[\u0A00-\u0A7F]/,
      hi: /[\u0900-\u097F]/,
      'zh-Hans': /\p{Script=Han}/u,
    };
    for (const lng of Object.keys(scripts)) {
      await page.goto(`${server.url}/${lng}/stockton/gp`);
      await waitForServiceWorker(page);
      const file = `locale-${lng.replace('-', '_')}-health-`;
      await expect
        .poll(
          () => page.evaluate(async (f) => (await (await caches.open('waymark-languages')).keys()).some((r) => r.url.includes(f)), file),
          { timeout: 15_000 },
        )
        .toBe(true);
    }
    await server.stop();
    for (const [lng, script] of Object.entries(scripts)) {
      await page.goto(`${server.url}/${lng}/stockton/gp`);
      await expect.poll(async () => script.test(await page.locator('main h2').first().innerText()), { timeout: 15_000 }).toBe(true);
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    }
  });

  it('says offline when this phone saved its copy, not when the app was built (issue 17)', async ({ server, context, page }) => {
    const before = Date.now();
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    // The worker notes the time once its files are cached and it has taken over.
    const readSaved = () =>
      page.evaluate(async () => {
        const found = await caches.match('/saved-copy.json', { cacheName: 'waymark-saved' });
        return found ? ((await found.json()) as { savedAt: number }).savedAt : null;
      });
    await expect.poll(readSaved).not.toBeNull();
    const savedAt = (await readSaved())!;
    expect(savedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(savedAt).toBeLessThanOrEqual(Date.now());
    const [day, month, year] = await page.evaluate(
      (t) => [new Date(t).getDate(), new Date(t).getMonth() + 1, new Date(t).getFullYear()],
      savedAt,
    );
    const date = `${day} ${enDates.month[String(month) as keyof typeof enDates.month]} ${year}`;
    await goOffline(context);
    await page.reload();
    await expect.poll(() => page.locator('.offline-banner').innerText()).toBe(en.offline.banner.replace('{{date}}', date));
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
