import { describe, expect } from 'vitest';
import { BUILD_A, BUILD_B, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

describe('a new version', () => {
  it('is offered by a prompt, never applied by itself, and runs once accepted', async ({ server, page }) => {
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    expect(await page.getAttribute('html', 'data-build')).toBe('e2e-a');

    await server.restart({ staticDir: BUILD_B });
    await page.reload();
    await page.getByRole('button', { name: 'Update now' }).waitFor({ timeout: 30_000 });
    // Still the old version until the person says yes.
    expect(await page.getAttribute('html', 'data-build')).toBe('e2e-a');
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect.poll(() => page.getAttribute('html', 'data-build'), { timeout: 15_000 }).toBe('e2e-b');
  });

  it('is offered on a first visit too, which registers the worker without fetching workbox-window', async ({ server, page }) => {
    const scripts: string[] = [];
    page.on('response', (r) => void (new URL(r.url()).pathname.endsWith('.js') && scripts.push(new URL(r.url()).pathname)));
    await page.goto(`${server.url}/en/sefton/gp`);
    await waitForServiceWorker(page);
    expect(scripts.filter((s) => s.includes('workbox-window'))).toEqual([]);
    const build = await page.getAttribute('html', 'data-build');
    const next = build === 'e2e-a' ? BUILD_B : BUILD_A;

    // The same page, never reloaded: the worker claimed it, so the new version waits for the person's yes.
    await server.restart({ staticDir: next });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const now = page.getByRole('button', { name: 'Update now' });
    await now.waitFor({ timeout: 30_000 });
    expect(await page.getAttribute('html', 'data-build')).toBe(build);
    await now.click();
    await expect.poll(() => page.getAttribute('html', 'data-build'), { timeout: 15_000 }).toBe(next === BUILD_B ? 'e2e-b' : 'e2e-a');
  });

  it('never reloads over a half-filled form, says to finish first, covers no control at 360 px and can be put off', async ({
    server,
    page,
  }) => {
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    const build = await page.getAttribute('html', 'data-build');
    const next = build === 'e2e-a' ? BUILD_B : BUILD_A;
    await page.goto(`${server.url}/en/sefton/report?c=aspen&step=form`);
    const words = 'Half of my report, not finished';
    const box = page.getByRole('textbox', { name: /^What is wrong\? Tell us/ });
    await box.fill(words);
    await page.getByLabel('Your name', { exact: true }).fill('Hana');

    await server.restart({ staticDir: next });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const now = page.getByRole('button', { name: 'Update now' });
    await now.waitFor({ timeout: 30_000 });
    const bar = page.getByRole('complementary').filter({ hasText: 'A new version of Waymark is ready.' });
    expect(await bar.innerText()).toContain('Please save or send your report first. Then update.');

    // The bar sits in the page's flow: no form control, at any scroll position, lies under it.
    const overlaps = await page.evaluate(() => {
      const b = document.querySelector('.update-prompt')!.getBoundingClientRect();
      return [...document.querySelectorAll('main input, main textarea, main select, main button')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)
        .map(({ el }) => el.outerHTML.slice(0, 60));
    });
    expect(overlaps).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.update-prompt')!).position)).not.toMatch(
      /fixed|sticky|absolute/,
    );

    // A mark only this very page holds: a reload would drop it.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await now.click();
    await page.getByRole('alert').filter({ hasText: 'save or send your report first' }).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.getAttribute('html', 'data-build')).toBe(build);
    expect(await box.inputValue()).toBe(words);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await now.count()).toBe(0);
    expect(await box.inputValue()).toBe(words);
  });
});
