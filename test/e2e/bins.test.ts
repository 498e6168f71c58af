import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import ps from '../../locales/ps/bins.json';
import psDates from '../../locales/ps/dates.json';
import { waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

describe('bin days in Pashto', () => {
  it('sets up a Sefton schedule, shows the next collections with pictures, exports a calendar, and keeps it all offline', async ({
    server,
    page,
  }) => {
    await page.goto(`${server.url}/ps/sefton/bins`);
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('heading', { level: 2, name: ps.setup.heading }).waitFor();

    // Tuesday in Pashto (Chromium has no Pashto date names; the app brings its own). Brown goes out on the next one.
    const tuesday = psDates.weekday['2'];
    await page.getByRole('radio', { name: tuesday }).check();
    await page.getByRole('radio', { name: ps.slot.sefton.a }).check();
    await page.getByRole('button', { name: ps.setup.save }).click();

    const next = page.getByRole('region', { name: ps.next.heading });
    await next.waitFor();
    const days = next.getByRole('heading', { level: 3 });
    expect(await days.count()).toBe(3);
    const firstDay = await days.first().innerText();
    expect(firstDay).toContain(tuesday);
    expect(Object.values(psDates.month).some((month) => firstDay.includes(month))).toBe(true);
    expect(firstDay).not.toMatch(/[A-Za-z]/);
    const brownName = `${ps.container.sefton.brown.name}: ${ps.container.sefton.brown.purpose}`;
    const greyName = `${ps.container.sefton.grey.name}: ${ps.container.sefton.grey.purpose}`;
    expect(await next.getByText(brownName).count()).toBe(2);
    expect(await next.getByText(greyName).count()).toBe(1);
    const pictures = await next.locator('svg[data-colour]').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-colour')));
    expect(pictures).toEqual(['#7b4a26', '#6b7280', '#7b4a26']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ps.calendar.download }).click()]);
    expect(download.suggestedFilename()).toBe('bin-days-sefton.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=26\r\n');
    expect(unfolded).toContain(`SUMMARY;LANGUAGE=ps:${ps.calendar.title.replace('{{bins}}', ps.container.sefton.brown.name)}\r\n`);
    expect(unfolded).toMatch(/DTSTART;TZID=Europe\/London:\d{8}T180000\r\n/);
    expect(unfolded).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\n');
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');

    await waitForServiceWorker(page);
    await expect
      .poll(
        () =>
          page.evaluate(async () => (await (await caches.open('waymark-languages')).keys()).some((r) => r.url.includes('locale-ps-bins'))),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    await server.stop();
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ps');
    const offline = page.getByRole('region', { name: ps.next.heading });
    await offline.waitFor();
    expect(await offline.getByRole('heading', { level: 3 }).count()).toBe(3);
    expect(await offline.getByText(brownName).count()).toBeGreaterThan(0);
    expect(await offline.locator('svg[data-colour]').count()).toBe(3);
  });
});
