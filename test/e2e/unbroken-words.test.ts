// Words the issue saw cut at 360 px ("Wednesda/y", "Stockton/-on-Tees", "…migranthelpuk.or/g") stay whole in
// English and Arabic: every occurrence is measured with Range.getClientRects and must sit on one line.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import arDates from '../../locales/ar/dates.json';
import { test as it } from './browser-fixture';

interface Cut {
  word: string;
  lines: number;
}

/** How many lines each occurrence of each word is drawn on, anywhere in the page's visible text. */
function linesOfWords(page: Page, words: readonly string[]): Promise<Cut[]> {
  return page.evaluate((list) => {
    const found: Cut[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const word of list) {
        for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
          if (tops.size > 0) found.push({ word, lines: tops.size });
        }
      }
    }
    return found;
  }, words);
}

/** Each piece of an e-mail address between its break points ("name@", "domain.", "org") on one line. */
function linesOfEmailParts(page: Page): Promise<Cut[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main a[href^="mailto:"]')].flatMap((link) => {
      const address = link.getAttribute('href')!.slice('mailto:'.length);
      const parts = address.split(/(?<=[@.])/);
      // The pieces are measured over the text nodes of the address's <bdi>, whatever elements split it.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(link.querySelector('bdi') ?? link, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) nodes.push(n);
      let offset = 0;
      const at = (index: number): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          if (index <= seen + n.data.length) return [n, index - seen];
          seen += n.data.length;
        }
        return [nodes.at(-1)!, nodes.at(-1)!.data.length];
      };
      return parts.map((part) => {
        const range = document.createRange();
        range.setStart(...at(offset));
        range.setEnd(...at(offset + part.length));
        offset += part.length;
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
        return { word: part, lines: tops.size };
      });
    }),
  );
}

const cases = [
  { lang: 'en', words: ['Wednesday', 'Stockton-on-Tees'] },
  { lang: 'ar', words: [arDates.weekday['3'], 'Stockton-on-Tees'] },
];

describe.each(cases)('long words at 360 px in $lang', ({ lang, words }) => {
  it.for(['/stockton/', '/stockton/bins', '/sefton/bins'])('%s draws each word on one line', async (route, { server, page }) => {
    await page.goto(`${server.url}/${lang}${route}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The page's words arrive lazily: wait until at least one of the words is on screen.
    await expect.poll(async () => (await linesOfWords(page, words)).length).toBeGreaterThan(0);
    const found = await linesOfWords(page, words);
    expect(found.filter((f) => f.lines !== 1)).toEqual([]);
  });

  it('breaks e-mail addresses only after their @ and dots', async ({ server, page }) => {
    await page.goto(`${server.url}/${lang}/sefton/migrant-help`);
    await page.locator('main a[href^="mailto:"]').first().waitFor();
    const parts = await linesOfEmailParts(page);
    expect(parts.map((p) => p.word)).toContain('proofofsupport@');
    expect(parts.filter((p) => p.lines !== 1)).toEqual([]);
  });

  it('keeps the hand-over link, which has no spaces, inside its dialog', async ({ server, page }) => {
    await page.goto(`${server.url}/${lang}/sefton/gp`);
    await page.locator('.helper-toolbar button[aria-haspopup="dialog"]').click();
    const link = page.locator('dialog .hand-over-url');
    await link.waitFor();
    const [box, dialog] = await Promise.all([link.boundingBox(), page.locator('dialog.hand-over').boundingBox()]);
    expect(box!.x).toBeGreaterThanOrEqual(dialog!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(dialog!.x + dialog!.width);
  });
});
