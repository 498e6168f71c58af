// The staying-safe page as a person reads it in Arabic on a 360 px phone: 999 is the first number, and the quick exit leaves.
import { describe, expect } from 'vitest';
import { test as it } from './browser-fixture';
import { phone } from './harness';

const NEUTRAL = 'https://www.bbc.co.uk/weather';

describe('staying safe, in Arabic at 360 px', () => {
  it('opens from its home tile, shows 999 before any other number, and the quick exit leaves with no way back', async ({
    server,
    newContext,
  }) => {
    const context = await newContext(phone({ locale: 'ar' }));
    const asked: string[] = [];
    await context.route('https://www.bbc.co.uk/**', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/sefton/`);
    await page.locator('main a[href="/ar/sefton/staying-safe"]').click();
    await page.locator('.topic-section h2').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe('البقاء في أمان');
    expect(await page.locator('.topic-section h2').first().innerText()).toBe('في خطر الآن');

    // 999 is the first number on the page, and nothing to call sits above it.
    const calls = page.locator('.topic-section a[href^="tel:"]');
    expect(await calls.count()).toBeGreaterThan(3);
    expect(await calls.first().getAttribute('href')).toBe('tel:999');
    const tops = await calls.evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
    expect(Math.min(...tops)).toBe(tops[0]);
    expect(await calls.first().locator('bdi').getAttribute('dir')).toBe('ltr');

    const exit = page.getByRole('button', { name: 'خروج سريع' });
    const box = await exit.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await exit.click();
    await page.waitForURL(NEUTRAL);
    expect(asked).toEqual([NEUTRAL]);
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toContain('staying-safe');
  });
});
