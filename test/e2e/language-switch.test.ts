import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test as it } from './browser-fixture';

function flatten(v: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'string') out.set(prefix, v.replace(/\{\{\s*\w+\s*\}\}/g, '').trim());
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** English strings that Tigrinya translates (names such as "Stockton-on-Tees" stay the same in both). */
function englishStrings(): string[] {
  const en = flatten(JSON.parse(readFileSync('locales/en/common.json', 'utf8')));
  const ti = flatten(JSON.parse(readFileSync('locales/ti/common.json', 'utf8')));
  return [...en].filter(([k, s]) => s.length > 3 && ti.get(k) !== s).map(([, s]) => s);
}

describe('switching language', () => {
  it('changes every visible string on the home page, and English is one tap back', async ({ server, page }) => {
    await page.goto(`${server.url}/en/stockton/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /change language/i }).click();
    await page.getByRole('dialog').getByRole('button', { name: /ትግርኛ/ }).click();
    await page.waitForURL(/\/ti\/stockton\/$/);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ti');
    await expect.poll(async () => (await page.locator('h1').innerText()).match(/[\u1200-\u137F]/) !== null).toBe(true);
    const visible = await page.locator('body').innerText();
    const leftovers = englishStrings().filter((s) => visible.includes(s));
    expect(leftovers).toEqual([]);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/stockton\/$/);
    await page.getByRole('link', { name: 'ትግርኛ' }).waitFor();
  });
});
