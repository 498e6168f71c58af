// Layout checks axe cannot make: reflow at 320 px and at 200% text, 44 px targets, reduced motion.
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TOPICS } from '../../src/app/topics/topics';
import { test as it } from './browser-fixture';

const ROUTES = ['/LANG/sefton/', ...TOPICS.map((t) => `/LANG/sefton/${t.id}`), '/LANG/stockton/bins'];

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/** Elements wider than the viewport make people scroll sideways (WCAG 1.4.10). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Buttons and stand-alone links smaller than 44×44 px (links inside a sentence are exempt). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role=button]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => !(el.tagName === 'A' && el.closest('p, li:not(:has(> a:only-child))') && getComputedStyle(el).display === 'inline'))
      .filter((el) => !(el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type) && el.closest('label')))
      .filter((el) => el.closest('.skip-link') === null || document.activeElement === el)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
      ),
  );

describe.each(['en', 'ar'])('layout in %s', (lang) => {
  // One phone per language (its service worker installed once), a fresh page per route.
  let context: BrowserContext;
  it.beforeAll(async ({ browser }) => {
    // The 200% text style is injected by the test, which the app's CSP rightly forbids; bypass it for the checker only.
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  });
  it.afterAll(() => context?.close());

  // A few routes at a time (Vitest's maxConcurrency), each in its own page.
  it.concurrent.for(ROUTES)('%s reflows at 320 px and at 200 percent text size, with 44 px targets', async (route, { server, expect }) => {
    const page = await context.newPage();
    await open(page, server.url + route.replace('LANG', lang));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    // 200% text: the same as a person setting their phone's font size to the largest.
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('reduced motion', () => {
  it('turns off animations and transitions when the person asks for less motion', async ({ server, newContext }) => {
    const context = await newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await open(page, `${server.url}/en/sefton/`);
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          return (
            (s.animationName !== 'none' && s.animationDuration !== '0s') ||
            (s.transitionDuration !== '0s' && s.transitionProperty !== 'all')
          );
        }).length,
    );
    expect(moving).toBe(0);
  });
});
