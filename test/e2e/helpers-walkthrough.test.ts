// The first-visit checklist on a home visit with no signal: ticks made online are still there after an offline reload.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';

const prs = JSON.parse(readFileSync('locales/prs/helpers.json', 'utf8')) as {
  walkthrough: { reset: string; steps: Record<string, { label: string }> };
};

describe('the first-visit walkthrough offline', () => {
  it('keeps its ticks, without names, through a reload with the server gone, and clears them for the next person', async ({
    server,
    page,
  }) => {
    await page.goto(`${server.url}/prs/sefton/walkthrough`);
    const box = (id: string) => page.getByRole('checkbox', { name: prs.walkthrough.steps[id]!.label });
    await box('gp').waitFor();
    await waitForServiceWorker(page);
    // The Dari strings must be in the worker's cache before the network goes.
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await (await caches.open('waymark-languages')).keys()).some((r) => r.url.includes('locale-prs-helpers')),
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    await box('gp').check();
    await box('migrantHelp').check();

    await server.stop();
    await page.reload();
    await box('gp').waitFor();
    expect(await box('gp').isChecked()).toBe(true);
    expect(await box('migrantHelp').isChecked()).toBe(true);
    expect(await box('bins').isChecked()).toBe(false);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('walkthrough')));
    expect(stored).toEqual([['waymark.walkthrough', '["gp","migrantHelp"]']]);

    await page.getByRole('button', { name: prs.walkthrough.reset }).click();
    expect(await box('gp').isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('waymark.walkthrough'))).toBeNull();
  });
});
