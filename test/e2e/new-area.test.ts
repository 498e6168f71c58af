// Adding an area is data only: a throw-away fixture pack (test/fixtures/packs/riverside) is imported and published
// with the real content command into the built server's database; /en/riverside/ then shows its facts, bin rules
// and search, and keeps working offline after one visit. Nothing of Riverside is in the app's code or src/packs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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
});
