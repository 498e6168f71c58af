// A helper with a person who reads Arabic, on a 360 px phone: prints their bin days and hands them over by QR code.
import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import ar from '../../locales/ar/bins.json';
import arHelpers from '../../locales/ar/helpers.json';
import { test as it } from './browser-fixture';
import { phone } from './harness';
import { scanQr } from './qr-scan';

/** The person's bin day, as the bins page saves it: Tuesdays in Sefton, brown bin first. */
async function saveSeftonSchedule(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const schedule = { v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' };
    localStorage.setItem('waymark.bins.sefton', JSON.stringify(schedule));
  });
}

/** WCAG contrast of each tel: link's text against the first painted background behind it. */
function callContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || c[3]! > 0) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll<HTMLAnchorElement>('.leaflet a[href^="tel:"]')].map((a) => {
      const number = a.querySelector('bdi') ?? a;
      const [fg, bg] = [luminance(rgb(getComputedStyle(number).color)), luminance(background(number))];
      return { text: a.innerText, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
    });
  });
}

describe('bin days for a helper, in Arabic at 360 px', () => {
  it('prints the person’s bin days and the rules, every Call button’s number legible with background graphics on', async ({
    server,
    context,
    page,
  }) => {
    await saveSeftonSchedule(context);
    await page.goto(`${server.url}/ar/sefton/bins`);
    const tools = page.getByRole('navigation', { name: arHelpers.tools.label });
    await tools.getByRole('link', { name: arHelpers.tools.print }).click();
    await page.waitForURL(/\/ar\/sefton\/leaflet\?topics=bins&with=en$/);
    const arabic = page.locator('.leaflet').getByRole('region', { name: 'العربية' });
    await arabic.getByRole('heading', { level: 2, name: ar.next.heading }).waitFor();
    await arabic.getByRole('heading', { level: 2, name: ar.rules.general }).waitFor();

    await page.emulateMedia({ media: 'print' });
    // "Background graphics" on: the browser paints every background as the style sheet asks.
    await page.evaluate(() => document.documentElement.style.setProperty('-webkit-print-color-adjust', 'exact'));
    const calls = await callContrasts(page);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) expect(call.ratio, call.text).toBeGreaterThanOrEqual(4.5);
    expect(await page.getByRole('navigation', { name: arHelpers.tools.label }).count()).toBe(0);
  });

  it('hands the bin days over by QR code, opening the same page in Arabic on the person’s phone', async ({ server, page }) => {
    await page.goto(`${server.url}/ar/sefton/bins`);
    await page.getByRole('button', { name: arHelpers.tools.handOver }).click();
    expect(await scanQr(page)).toBe(`${server.url}/ar/sefton/bins`);
  });

  it('hands over the person’s saved bin day too: the scanned link shows the same next collections on a fresh phone, saved only on tap', async ({
    server,
    context,
    page,
    newContext,
  }) => {
    await saveSeftonSchedule(context);
    await page.goto(`${server.url}/ar/sefton/bins`);
    const days = page.locator('.bins-next .bins-day h3');
    await days.first().waitFor();
    const helperDays = await days.allInnerTexts();
    await page.getByRole('button', { name: arHelpers.tools.handOver }).click();
    const url = await scanQr(page);
    expect(url).toBe(`${server.url}/ar/sefton/bins?bin=sefton.20261124.a`);

    const theirs = await (await newContext(phone({ locale: 'ar' }))).newPage();
    await theirs.goto(url!);
    const save = theirs.getByRole('button', { name: ar.link.save });
    await save.waitFor();
    expect(await theirs.locator('.bins-next .bins-day h3').allInnerTexts()).toEqual(helperDays);
    expect(await theirs.evaluate(() => localStorage.getItem('waymark.bins.sefton'))).toBeNull();
    await save.click();
    await theirs.getByText(ar.setup.saved).waitFor();
    const kept = await theirs.evaluate(() => localStorage.getItem('waymark.bins.sefton'));
    expect(JSON.parse(kept!)).toEqual({ v: 1, area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' });
  });

  it('shows each screen to the person whole, or says there is more below and scrolls to it', async ({ server, context, page }) => {
    await saveSeftonSchedule(context);
    await page.goto(`${server.url}/ar/sefton/show?topic=bins`);
    const point = page.locator('.show-point');
    const more = page.getByRole('button', { name: arHelpers.show.more });
    const next = page.getByRole('button', { name: arHelpers.show.next });
    await point.locator('h2').first().waitFor();
    let tall = 0;
    for (let screen = 0; screen < 12; screen++) {
      const size = () => point.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, top: el.scrollTop }));
      const first = await size();
      if (first.scroll > first.client + 4) {
        tall++;
        // Too tall for the screen: the sign is there, and each tap on it brings more into view until the end.
        for (let tap = 0; (await more.isVisible()) && tap < 20; tap++) {
          const before = await size();
          await more.click();
          // It scrolls smoothly: wait until it has moved on and come to rest; at the end, until the sign has gone.
          let seen = -1;
          await expect
            .poll(
              async () => {
                const now = (await size()).top;
                const resting = now === seen;
                seen = now;
                return resting && now > before.top;
              },
              { interval: 200 },
            )
            .toBe(true);
          const now = await size();
          if (now.top + now.client >= now.scroll - 4) await more.waitFor({ state: 'hidden' });
        }
        const last = await size();
        expect(last.top + last.client).toBeGreaterThanOrEqual(last.scroll - 4);
      }
      await expect.poll(() => more.isVisible()).toBe(false);
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(tall).toBeGreaterThan(0);
  });
});
