// WCAG 2.2 AA with axe-core on every route, in a left-to-right and two other scripts, narrow and wide, light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TOPICS } from '../../src/app/topics/topics';
import { test as it } from './browser-fixture';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Every route in a left-to-right and a right-to-left script.
const LANGS = ['en', 'ar'];
// One language of each other script, on the pages where their text is densest (the rules axe checks do not vary by page
// within a script; the whole route list per script took minutes of every test run).
const NEW_SCRIPTS = ['ti', 'kmr', 'bn', 'pa', 'hi', 'zh-Hans'];
const DENSE_ROUTES = ['/LANG/sefton/', '/LANG/sefton/gp', '/LANG/stockton/bins', '/LANG/stockton/decision'];
const WIDTHS = [360, 1280];
const ROUTES = ['/', '/LANG/', '/LANG/sefton/', ...TOPICS.map((t) => `/LANG/sefton/${t.id}`), '/LANG/stockton/bins'];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } };
    const r = await w.axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

// The routes of a script are checked a few at a time (Vitest's maxConcurrency), each in its own page: most of a check is
// waiting for the page to settle.
describe.each(NEW_SCRIPTS)('in %s', (lang) => {
  // One phone per script (its service worker installed once), a fresh page per route.
  let context: BrowserContext;
  it.beforeAll(async ({ browser }) => {
    context = await browser.newContext({ viewport: { width: WIDTHS[0]!, height: 800 }, bypassCSP: true });
  });
  it.afterAll(() => context?.close());

  it.concurrent.for(DENSE_ROUTES)('%s has no axe violations at 360 and 1280 px', async (route, { server, expect }) => {
    const page = await context.newPage();
    await settle(page, server.url + route.replace('LANG', lang));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axe(page), `${width} px`).toEqual([]);
    }
    await page.close();
  });
});

describe.each(LANGS)('in %s', (lang) => {
  let context: BrowserContext;
  it.beforeAll(async ({ browser }) => {
    // axe is injected as a script, which the app's strict CSP rightly forbids; bypass it for the checker only.
    context = await browser.newContext({ viewport: { width: WIDTHS[0]!, height: 800 }, bypassCSP: true, locale: 'en-GB' });
  });
  it.afterAll(() => context?.close());

  // One load per route, checked narrow, wide, and (for a left-to-right and a right-to-left script) in the dark scheme.
  it.concurrent.for(ROUTES)('%s has no axe violations at 360 and 1280 px', async (route, { server, expect }) => {
    const page = await context.newPage();
    await page.addInitScript((l) => localStorage.setItem('waymark.lang', l), lang);
    await settle(page, server.url + route.replace('LANG', lang));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axe(page), `${width} px`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page), 'dark scheme').toEqual([]);
    await page.close();
  });

  it('the open language dialog has no axe violations', async ({ server }) => {
    const page = await context.newPage();
    await settle(page, `${server.url}/${lang}/sefton/`);
    await page.locator('header button[aria-haspopup=dialog]').click();
    await page.getByRole('dialog').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
