// Words before JavaScript (issue 15): every page arrives as HTML, hydrates without replacing or moving anything, and reopens offline.
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import arAccessibility from '../../locales/ar/accessibility.json';
import arContent from '../../locales/ar/content.json';
import arDates from '../../locales/ar/dates.json';
import enHealth from '../../locales/en/health.json';
import { HEALTH } from '../../src/app/content/pack-topics';
import { setAreaContent } from '../../src/app/content/current-area';
import { seedArea } from '../../src/app/content/seed-packs';
import national from '../../src/packs/national/facts.json';
import { factsOf } from '../../src/app/content/topic-content';
import { oldestCheck } from '../../src/app/content/freshness';
import { formatDay } from '../../src/app/language/dates';
import { phone, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

// The number the national pack gives (what the page is drawn from).
const MIGRANT_HELP = national.facts.find((f) => f.id === 'migrant-help') as { digits: string; display: string };

async function arabicLastChecked(): Promise<string> {
  // The server draws the seed pack (published as version 1 on a fresh database): read the same facts.
  setAreaContent(seedArea('sefton')!);
  const t = i18next.createInstance();
  await t.init({ lng: 'ar', resources: { ar: { dates: arDates, content: arContent } }, interpolation: { escapeValue: false } });
  return t.t('content:lastChecked', { date: formatDay(oldestCheck(factsOf(HEALTH, 'sefton'))!, t.t) });
}

async function expectArabicGpPage(page: Page): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  const call = page.locator(`main a[href="tel:${MIGRANT_HELP.digits}"]`).first();
  expect(await call.innerText()).toContain(MIGRANT_HELP.display);
  expect(await page.locator('main .last-checked').innerText()).toContain(await arabicLastChecked());
}

describe('pages before JavaScript', () => {
  it('reads the GP page in Arabic with JavaScript off: the Migrant Help number, its tel: link and the last checked date', async ({
    server,
    newContext,
  }) => {
    const page = await (await newContext({ ...phone(), javaScriptEnabled: false })).newPage();
    await page.goto(`${server.url}/ar/sefton/gp`);
    await expectArabicGpPage(page);
    expect(
      await page
        .locator('noscript')
        .first()
        .evaluate((n) => n.textContent),
    ).toContain(arAccessibility.noscript.note);
    // Links are plain links: the home link leads to a page that is also there without scripts.
    await page.locator('header a.brand').click();
    await page.waitForURL(/\/ar\/sefton\/$/);
    expect(await page.locator('main a[href="/ar/sefton/bins"]').count()).toBe(1);
  });

  it.for([
    '/en/sefton/gp',
    '/ar/sefton/gp',
    '/en/sefton/bins',
    '/ar/sefton/bins',
    '/ar/sefton/',
    '/en/sefton/migrant-help',
    // The report page's first step, whose quick exit comes from a chunk its own imports (its style must come with the page).
    '/en/sefton/report',
    '/ar/sefton/report',
    '/',
    // A search link: its results are drawn by the server and kept as they are (the phone's index waits for the box).
    `/ar/sefton/search?q=${encodeURIComponent('طبيب')}`,
  ])('hydrates %s keeping the server nodes and without moving anything (CLS 0)', async (path, { server, page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { removed: string[]; shift: number; firstH1?: Element | null };
      w.removed = [];
      w.shift = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.removedNodes) if (n instanceof Element) w.removed.push(n.outerHTML.slice(0, 100));
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Parsed, before any module script runs: the node the server sent.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') w.firstH1 = document.querySelector('main h1');
      });
    });
    await page.goto(`${server.url}${path}`);
    // The read-aloud voices and the stored bin day arrive after hydration: give them time to (not) move the page.
    await page.waitForTimeout(2000);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { removed: string[]; shift: number; firstH1?: Element | null };
      return { removed: w.removed, shift: w.shift, same: !!w.firstH1 && w.firstH1 === document.querySelector('main h1') };
    });
    expect(seen.same, 'the h1 is the one the server sent').toBe(true);
    // The web app manifest is linked once the page has painted (the loader adds it; the phone can still install the app).
    expect(await page.locator('head link[rel="manifest"]').count()).toBe(1);
    expect(seen.removed).toEqual([]);
    expect(seen.shift).toBe(0);
  });

  it('draws / for a first visit in the browser’s language, with JavaScript off too, and a phone that chose goes straight on', async ({
    server,
    newContext,
  }) => {
    const off = await (await newContext({ ...phone({ locale: 'ar' }), javaScriptEnabled: false })).newPage();
    await off.goto(`${server.url}/`);
    expect(await off.getAttribute('html', 'lang')).toBe('ar');
    const suggested = off.locator('main a.choice-suggested');
    expect(await suggested.innerText()).toContain('العربية');
    expect(await off.locator('main .choice-grid a.choice').count()).toBe(21);
    await suggested.click();
    await off.waitForURL(/\/ar\/$/);
    await off.locator('main a[href="/ar/sefton/"]').waitFor();

    // A phone that chose Tigrinya and Stockton: "/" (the home screen icon's start) goes there before it is painted.
    const page = await (await newContext(phone({ locale: 'ar' }))).newPage();
    await page.goto(`${server.url}/ar/`);
    await page.evaluate(() => {
      localStorage.setItem('waymark.lang', 'ti');
      localStorage.setItem('waymark.area', 'stockton');
    });
    const painted: string[] = [];
    page.on('framenavigated', (frame) => void (frame === page.mainFrame() && painted.push(new URL(frame.url()).pathname)));
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/ti\/stockton\/$/);
    expect(painted.at(-1)).toBe('/ti/stockton/');
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
  });

  it('sends an Arabic page its own words and only the English it draws, and fetches English when it is asked for', async ({
    server,
    page,
  }) => {
    const english: string[] = [];
    page.on('request', (r) => void (/\/assets\/locale-en-/.test(r.url()) && english.push(r.url())));
    await page.goto(`${server.url}/ar/sefton/gp`);
    const sent = JSON.parse((await page.locator('#waymark-strings').textContent()) ?? '{}') as {
      strings: Record<string, unknown>;
      fallback: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(sent.strings)).toEqual(['ar']);
    expect(sent.fallback.health).toEqual({ register: { show: enHealth.register.show } });
    // The card for reception is in English, drawn from what was sent: no English file is fetched.
    await page.waitForTimeout(1500);
    expect(await page.locator('.show-card blockquote').innerText()).toBe(enHealth.register.show);
    expect(english).toEqual([]);
    await page.getByRole('button', { name: arContent.besideShow }).click();
    await expect.poll(() => page.getByRole('region', { name: 'English' }).locator('.lead').innerText()).toBe(enHealth.intro);
    expect(english.some((u) => u.includes('locale-en-health'))).toBe(true);
  });

  it('reopens a visited page offline with its words in the HTML, scripts disabled', async ({ server, page, context }) => {
    await page.goto(`${server.url}/ar/sefton/gp`);
    await waitForServiceWorker(page);
    const url = `${server.url}/ar/sefton/gp`;
    await expect
      .poll(() => page.evaluate(async (u) => !!(await (await caches.open('waymark-pages')).match(u)), url), { timeout: 15_000 })
      .toBe(true);
    await server.stop();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    // Its own waitUntil: with scripts disabled the page never becomes live.
    await page.reload({ waitUntil: 'load' });
    await expectArabicGpPage(page);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
  });

  it('answers odd URLs without a server error', async ({ server }) => {
    const odd = [
      '/%',
      '/en/%E0%A4%A',
      `/en/sefton/${'x'.repeat(5000)}`,
      '/../etc/passwd',
      '/en/../../sefton/gp',
      '/xx/sefton/gp',
      '/en/nowhere/gp',
      '/en/sefton/gp/extra/more',
      '/en/sefton/gp?notice=<script>',
      '/ar/sefton/?notice=topic',
    ];
    for (const path of odd) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBeLessThan(500);
    }
    const notice = await (await fetch(`${server.url}/ar/sefton/?notice=topic`)).text();
    expect(notice).toContain('class="notice"');
  });
});
