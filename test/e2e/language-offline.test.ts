// Languages and the phone: switching offline to a language never used online, and a helper keeping all of them.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import ar from '../../locales/ar/safety.json';
import en from '../../locales/en/safety.json';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { localeOf } from '../../src/sw/routes';
import { goOffline, goOnline, waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

async function pickLanguage(page: Page, endonym: RegExp): Promise<void> {
  await page.getByRole('button', { name: /change language/i }).click();
  await page.getByRole('dialog').getByRole('button', { name: endonym }).click();
}

/** Languages with at least one string file in the service worker's language cache. */
async function cachedLanguages(page: Page): Promise<string[]> {
  const urls = await page.evaluate(async () => (await (await caches.open('waymark-languages')).keys()).map((r) => r.url));
  return [...new Set(urls.map((url) => localeOf(url) ?? ''))].filter(Boolean).sort();
}

describe('a language that is not on the phone yet', () => {
  it('says so in that language, marks the English as English, keeps the choice, and switches fully once online', async ({
    server,
    context,
    page,
  }) => {
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    await goOffline(context);
    await pickLanguage(page, /العربية/);
    await page.waitForURL(/\/ar\/sefton\/$/);
    const note = page.getByText(ar.language.notSaved);
    await note.waitFor();
    expect(await note.getAttribute('lang')).toBe('ar');
    expect(await note.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.evaluate(() => localStorage.getItem('waymark.lang'))).toBe('ar');

    await goOnline(context);
    await expect.poll(() => page.getAttribute('html', 'dir'), { timeout: 15_000 }).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await expect.poll(async () => /[\u0600-\u06FF]/.test(await page.locator('h1').innerText())).toBe(true);
    expect(await note.count()).toBe(0);
  });

  it('for helpers keeps every language (saying the space used), works offline in any, and can be undone', async ({
    server,
    context,
    page,
  }) => {
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: /change language/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: en.language.keepAll }).click();
    const status = dialog.getByText(/^Every language is saved on this phone\. Space used by Waymark: [\d.,]+\s?MB\.$/);
    await status.waitFor({ timeout: 60_000 });
    expect(await cachedLanguages(page)).toEqual(LANGUAGE_CODES.filter((code) => code !== 'en').sort());
    await dialog.getByRole('button', { name: /Close/ }).click();

    await goOffline(context);
    await pickLanguage(page, /ትግርኛ/);
    await page.waitForURL(/\/ti\/sefton\/$/);
    await expect.poll(async () => /[\u1200-\u137F]/.test(await page.locator('h1').innerText())).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('ti');
    expect(await page.locator('.missing-language').count()).toBe(0);

    await goOnline(context);
    await page.goto(`${server.url}/en/sefton/`);
    await page.getByRole('button', { name: /change language/i }).click();
    await dialog.getByRole('button', { name: en.language.dropOthers }).click();
    await dialog.getByText(/^Only the languages in use are kept\./).waitFor();
    // English is always kept; Tigrinya is the language remembered for next time.
    expect(await cachedLanguages(page)).toEqual(['ti']);
  });
});
