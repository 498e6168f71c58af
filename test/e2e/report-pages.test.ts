// The report screens in a real browser: no axe violations at each step (left to right and right to left), and Quick exit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, type RunningServer } from './harness';
import { saveReport } from './report-flow';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function violations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the report screens', () => {
  it.each(['en', 'ar'])('have no axe violations at any step in %s, errors and status list included', async (lang) => {
    // axe is injected as a script, which the app's CSP forbids; bypass it for the checker only.
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const step of ['', '?c=repair', '?c=harassment', '?c=aspen&step=form']) {
      await page.goto(`${server.url}/${lang}/sefton/report${step}`);
      await page.locator('main h1').waitFor();
      found.push(...(await violations(page)).map((v) => `${step || 'start'}: ${v}`));
    }
    // The form after a failed check: errors beside fields and in the summary.
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').first().waitFor();
    found.push(...(await violations(page)).map((v) => `errors: ${v}`));
    if (lang === 'en') {
      await saveReport(page, server.url);
      found.push(...(await violations(page)).map((v) => `status: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('Quick exit leaves at once for the home page, and Back does not return to the report', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/`);
    await page.locator('main a[href="/en/sefton/report"]').click();
    await page.getByRole('button', { name: 'Harassment or hate crime' }).click();
    await page.getByRole('button', { name: 'Write a report' }).click();
    await page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }).fill('They shouted at us again');
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(`${server.url}/en/sefton/`);
    await page.goBack();
    expect(new URL(page.url()).pathname).not.toContain('/report');
    await context.close();
  });
});
