// Adding an area is data only: a throw-away fixture pack (test/fixtures/packs/riverside) is imported and published
// with the real content command into the built server's database; /en/riverside/ then shows its facts, bin rules
// and search, and keeps working offline after one visit. Nothing of Riverside is in the app's code or src/packs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { SERVER_BUILD, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

it.beforeAll(async ({ server }) => {
  // The content command opens the embedded database itself, so the server lets go of it meanwhile.
  await server.stop();
  execFileSync(process.execPath, [join(SERVER_BUILD, 'content.js'), 'import', 'riverside', 'test/fixtures/packs/riverside', '--publish'], {
    env: { ...process.env, DATA_DIR: server.dataDir, WAYMARK_EDITOR: 'e2e' },
  });
  await server.start();
});

// Every page of the area, and the report's advice steps; the words of its places and bins come from its pack.
const PAGES = [
  '',
  ...['decision', 'gp', 'bins', 'esol', 'schools', 'migrant-help', 'money', 'words', 'staying-safe', 'mind', 'food'],
  ...['legal-help', 'complaints', 'search', 'walkthrough', 'accessibility', 'report'],
  ...['repair', 'school', 'harassment', 'health'].map((c) => `report?c=${c}`),
];
// A raw i18n key is a dotted lower-camel word run ("container.riverside.blue.name", "route.call"); web and e-mail
// addresses (a slash, an @ or a top-level domain at the end) are not keys.
const RAW_KEY = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9_-]+)+$/;
const ADDRESS = /[/@]|\.(org|uk|com|net|info|io)$/;

async function rawKeys(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-zA-Z]+|[^a-zA-Z0-9_]+$/g, ''))
    .filter((w) => RAW_KEY.test(w) && !ADDRESS.test(w));
}

describe('a new area from a pack alone', () => {
  it('is served by the API, with its own facts and the national ones', async ({ server }) => {
    const res = await fetch(`${server.url}/api/packs/riverside`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"/);
    const list = (await (await fetch(`${server.url}/api/packs`)).json()) as { areas: { id: string; prefix: string }[] };
    expect(list.areas).toContainEqual({ id: 'riverside', name: 'Riverside (fixture)', prefix: 'RIV' });
  });

  it('shows its home, facts, bin rules and search, then all of it offline', async ({ server, page }) => {
    await page.goto(`${server.url}/en/riverside/`);
    await page.getByRole('heading', { level: 1, name: /Riverside \(fixture\)/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/riverside/');
    await waitForServiceWorker(page);

    await page.goto(`${server.url}/en/riverside/migrant-help`);
    await page.locator('main a[href="tel:01632960001"]').first().waitFor();
    expect(await page.locator('main a[href="tel:08088010503"]').count()).toBeGreaterThan(0);
    await page.getByText('Ferry House Fixture Drop-in').first().waitFor();

    await page.goto(`${server.url}/en/riverside/bins`);
    await page.locator('main a[href="tel:01632960003"]').first().waitFor();
    expect(await page.locator('main svg[data-colour="#1d4ed8"]').count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/en/riverside/search?q=Ferry`);
    await page.locator('main ol a[href^="/en/riverside/"]').first().waitFor();

    await server.stop();
    await page.goto(`${server.url}/en/riverside/migrant-help`);
    await page.locator('main a[href="tel:01632960001"]').first().waitFor();
    await page.goto(`${server.url}/en/riverside/search?q=Ferry`);
    await page.locator('main ol a[href^="/en/riverside/"]').first().waitFor();
  });

  it.for(['en', 'ar'])(
    'shows no raw key on any of its pages, in %s; its own words are its pack’s, marked English',
    async (lang, { server, page }) => {
      const found: string[] = [];
      for (const path of PAGES) {
        await page.goto(`${server.url}/${lang}/riverside/${path}`);
        await page.locator('h1').first().waitFor();
        found.push(...(await rawKeys(page)).map((k) => `${path || 'home'}: ${k}`));
      }
      expect(found).toEqual([]);
      await page.goto(`${server.url}/${lang}/riverside/bins`);
      const paper = page.getByText('Paper and card, for tests.');
      await paper.waitFor();
      expect(await paper.evaluate((el) => el.closest('[lang]')!.getAttribute('lang'))).toMatch(lang === 'en' ? /^en/ : /^en$/);
      await page.screenshot({ path: `/tmp/riverside-bins-${lang}.png`, fullPage: true });
      await page.goto(`${server.url}/${lang}/riverside/migrant-help`);
      await page.getByText('A made-up drop-in for tests. It is not a real place.').waitFor();
    },
  );
});
