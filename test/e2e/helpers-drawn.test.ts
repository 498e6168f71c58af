// Side by side as the server draws it: the topic's body in both columns without JavaScript, and a hydration that keeps it
// (no shift, no locale file, no wait for the body's code) before the live body takes over.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { phone } from './harness';
import { test as it } from './browser-fixture';

function strings(lng: string, ns: string): (key: string) => string {
  const data = JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Record<string, unknown>;
  return (key) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data) as string;
}

const URL_AR = '/ar/sefton/side-by-side?topic=gp&with=en';
// The GP body says to call Migrant Help (packs/national/facts.json).
const MIGRANT_HELP = '0808 8010 503';

describe('side by side drawn by the server', () => {
  it('shows the GP body in Arabic and English with JavaScript off', async ({ server, newContext }) => {
    const context = await newContext({ ...phone(), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${URL_AR}`);
    const arabic = page.getByRole('region', { name: 'العربية' });
    const english = page.getByRole('region', { name: 'English' });
    await arabic.getByRole('heading', { name: strings('ar', 'health')('register.title') }).waitFor();
    await english.getByRole('heading', { name: strings('en', 'health')('register.title') }).waitFor();
    for (const column of [arabic, english]) await column.getByText(MIGRANT_HELP).first().waitFor();
    expect(await page.getByRole('status').count(), 'no "loading" notice').toBe(0);
  });

  it('becomes live without moving, fetching no locale file, and the live body takes over', async ({ server, page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => void (/namespace-loaders|\/locale-/.test(r.url()) && fetched.push(new URL(r.url()).pathname)));
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number; drawn?: string };
      w.shift = 0;
      // Parsed, before any module script runs: the body the server sent.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') w.drawn = document.querySelector('section[lang="ar"] .body-column-text')?.innerHTML;
      });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The body's code comes after the page is live; then the live body takes the column's place, word for word.
    const bodyCode = page.waitForResponse((r) => /\/assets\/topic-gp-/.test(r.url()));
    await page.goto(`${server.url}${URL_AR}`);
    const arabic = page.getByRole('region', { name: 'العربية' });
    await bodyCode;
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(() => {
      const w = window as unknown as { shift: number; drawn?: string };
      return { shift: w.shift, drawn: w.drawn };
    });
    expect(seen.drawn).toContain(MIGRANT_HELP);
    expect(await arabic.locator('.body-column-text').innerHTML()).toBe(seen.drawn);
    expect(seen.shift).toBe(0);
    expect(fetched).toEqual([]);
    await arabic.getByText(MIGRANT_HELP).first().waitFor();

    // The picker still swaps the body (the body's own code, drawn by the phone).
    const esol = strings('ar', 'common')('topic.esol');
    await page.getByRole('combobox', { name: strings('ar', 'helpers')('common.topic') }).selectOption({ label: esol });
    await page.waitForURL(/topic=esol&with=en$/);
    await arabic.getByRole('heading', { name: strings('ar', 'esol')('eligible.title') }).waitFor();
    await page
      .getByRole('region', { name: 'English' })
      .getByRole('heading', { name: strings('en', 'esol')('eligible.title') })
      .waitFor();
  });

  it('shows the body after a move inside the app from a topic page to side by side', async ({ server, page }) => {
    await page.goto(`${server.url}/ar/sefton/gp`);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('link', { name: strings('ar', 'helpers')('tools.sideBySide') }).click();
    await page.waitForURL(/\/ar\/sefton\/side-by-side\?topic=gp&with=en$/);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), 'no new page load').toBe(true);
    const english = page.getByRole('region', { name: 'English' });
    await english.getByRole('heading', { name: strings('en', 'health')('register.title') }).waitFor();
    await english.getByText(MIGRANT_HELP).first().waitFor();
  });
});
