// Emergencies first: on a 360 px phone, in English and in Arabic, the first heading after the page title is the
// emergency block, with one tap to 999 and to the gas emergency line, before the choice of problem.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { test as it } from './browser-fixture';

describe('the report page at 360 px', () => {
  it.for([
    ['en', 'In an emergency', 'ltr'],
    ['ar', 'في حالة الطوارئ', 'rtl'],
  ])(
    'in %s starts with the emergency block, 999 and the gas line on screen before the categories',
    async ([lang, title, dir], { server, newContext }) => {
      const context = await newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang}/sefton/report`);
      await page.locator('main h1').waitFor();
      const block = page.getByRole('region', { name: title });
      await block.waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      const headings = await page.locator('main').getByRole('heading').allTextContents();
      expect(headings[1]).toBe(title);
      const calls = await block.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(calls).toEqual(expect.arrayContaining(['tel:999', 'tel:0800111999']));
      // Both buttons are in the first screen, above the categories, and nothing overflows sideways.
      const emergency = (await block.getByRole('link', { name: /0800 111 999/ }).boundingBox())!;
      expect(emergency.y + emergency.height).toBeLessThanOrEqual(800);
      expect(emergency.x).toBeGreaterThanOrEqual(0);
      expect(emergency.x + emergency.width).toBeLessThanOrEqual(360);
      const words = JSON.parse(readFileSync(`locales/${lang}/report.json`, 'utf8')) as { category: { title: string } };
      const picker = (await page.getByRole('region', { name: words.category.title }).boundingBox())!;
      expect(picker.y).toBeGreaterThan(emergency.y);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: `/tmp/waymark-report-emergency-${lang}.png`, fullPage: false });
    },
  );
});
