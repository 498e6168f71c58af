import { describe, expect } from 'vitest';
import { phone, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

const DOCTOR = encodeURIComponent('طبيب');
const ARABIC = /[\u0600-\u06FF]/;

describe('content and search (issue 5, "done means")', () => {
  it('finds "doctor" in Arabic, opens the GP page with English beside, and every fact can be acted on and traced', async ({
    server,
    page,
  }) => {
    await page.goto(`${server.url}/ar/sefton/search?q=${DOCTOR}`);
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    const result = page.locator('main ol a[href^="/ar/sefton/gp"]').first();
    await result.waitFor();
    expect(await result.innerText()).toMatch(ARABIC);
    await result.click();
    await page.waitForURL(/\/ar\/sefton\/gp(#\w+)?$/);
    await expect.poll(async () => ARABIC.test(await page.locator('h1').innerText())).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);

    // The link jumps to its section.
    const hash = new URL(page.url()).hash.slice(1);
    if (hash) await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe(hash);

    await page.getByRole('button', { name: 'أظهر الإنجليزية بجانبها' }).click();
    const english = page.getByRole('region', { name: 'English' });
    await english.getByRole('heading', { name: 'Your right to a GP' }).waitFor();
    expect(await english.getAttribute('lang')).toBe('en-GB');
    expect(await english.getAttribute('dir')).toBe('ltr');

    const call = page.locator('main a[href="tel:08088010503"]').first();
    expect(await call.innerText()).toContain('0808 8010 503');
    expect(await call.locator('bdi', { hasText: '0808 8010 503' }).getAttribute('dir')).toBe('ltr');

    await page
      .getByText(/آخر مراجعة/)
      .first()
      .waitFor();
    await page.locator('details.sources summary').click();
    const bma = page.locator('details.sources a[href^="https://www.bma.org.uk/"]');
    await bma.waitFor();
    expect(await bma.isVisible()).toBe(true);
  });

  it('answers a search in the page: without JavaScript the form finds "doctor", with it the results stay put until the box is used', async ({
    server,
    newContext,
    page,
  }) => {
    const off = await (await newContext({ ...phone(), javaScriptEnabled: false })).newPage();
    await off.goto(`${server.url}/ar/sefton/search`);
    await off.getByRole('searchbox').fill('طبيب');
    await off.getByRole('searchbox').press('Enter');
    await off.waitForURL(/\/ar\/sefton\/search\?q=/);
    const offline = off.locator('main ol a[href^="/ar/sefton/gp"]').first();
    expect(await offline.innerText()).toMatch(ARABIC);

    // With JavaScript: the server's results are the page's, and the index (MiniSearch, every topic's words) waits for the box.
    const fetched: string[] = [];
    page.on('response', (r) => void fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/ar/sefton/search?q=${DOCTOR}`);
    const results = page.locator('main ol.search-results');
    const drawn = await results.innerHTML();
    expect(drawn).toContain('href="/ar/sefton/gp');
    const list = await results.elementHandle();
    await page.waitForTimeout(500);
    expect(fetched.filter((p) => /search-engine|locale-\w+-(health|money|esol)/.test(p))).toEqual([]);
    await page.getByRole('searchbox').focus();
    await expect.poll(() => fetched.some((p) => p.includes('search-engine'))).toBe(true);
    // The phone's own index finds the same, drawn by its own code (a new list), then answers a new word.
    await expect.poll(async () => (await list!.evaluate((el) => el.isConnected)) === false && (await results.innerHTML())).toBe(drawn);
    await page.getByRole('searchbox').fill('مدرسة');
    await page.locator('main ol a[href^="/ar/sefton/schools"]').first().waitFor();
  });

  it('offers Migrant Help and the report form when nothing is found', async ({ server, page }) => {
    await page.goto(`${server.url}/en/stockton/search?q=zzqxv`);
    await page.getByText('Nothing found.').waitFor();
    expect(await page.locator('main a[href="tel:08088010503"]').count()).toBe(1);
    expect(await page.locator('main a[href="/en/stockton/report"]').count()).toBe(1);
  });

  it('searches in Arabic with no network after one visit', async ({ server, page }) => {
    await page.goto(`${server.url}/ar/sefton/`);
    await waitForServiceWorker(page);
    const needed = ['health', 'esol', 'schools', 'contacts', 'money', 'content', 'search'];
    await expect
      .poll(
        () =>
          page.evaluate(async (nss) => {
            const urls = (await (await caches.open('waymark-languages')).keys()).map((r) => r.url);
            return nss.filter((ns) => !urls.some((u) => u.includes(`locale-ar-${ns}-`)));
          }, needed),
        { timeout: 20_000 },
      )
      .toEqual([]);
    await server.stop();
    await page.goto(`${server.url}/ar/sefton/search?q=${DOCTOR}`);
    await page.locator('main ol a[href^="/ar/sefton/gp"]').first().waitFor();
  });
});
