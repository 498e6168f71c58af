// The editor's desk in real Chromium: one editor fixes Sefton Council's phone number, cannot publish it alone,
// a second editor approves and publishes, and the Migrant Help page people open then shows the new number.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { runStaffCommand } from './harness';
import { test as it } from './browser-fixture';

const passwords: Record<string, string> = {};

it.beforeAll(async ({ server }) => {
  // The staff command opens the database itself, so the server lets go of it meanwhile.
  await server.stop();
  for (const name of ['editor.one', 'editor.two']) {
    const out = runStaffCommand(['add', name, '--role', 'editor', '--areas', 'sefton'], { DATA_DIR: server.dataDir });
    passwords[name] = /Password: (\S+)/.exec(out)![1]!;
  }
  await server.start();
});

async function signIn(page: Page, url: string, name: string): Promise<void> {
  await page.goto(`${url}/staff`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(passwords[name]!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/staff\/content$/);
}

describe('the editor’s desk', () => {
  it('publishes a fixed phone number only after a second editor approves it, and the page then shows it', async ({
    server,
    newContext,
  }) => {
    const problems: string[] = [];
    const first = await (await newContext({ viewport: { width: 360, height: 800 } })).newPage();
    first.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 4') && problems.push(m.text()));
    await signIn(first, server.url, 'editor.one');
    await first.getByRole('link', { name: 'sefton', exact: true }).click();
    await first.getByRole('link', { name: 'council-phone' }).click();
    await first.getByLabel('Number as people read it').fill('0345 140 0846');
    await first.getByLabel('Number to dial').fill('0345 140 0846');
    // Every source needs the date printed on its page (test data: the day of this run).
    for (let i = 0; i < 3; i++) {
      if (await first.locator(`[id="f-source${i}.url"]`).inputValue())
        await first.locator(`[id="f-source${i}.pageDate"]`).fill('2026-12-01');
    }
    await first.getByRole('button', { name: 'Save as draft' }).click();
    await first.waitForURL(/\/staff\/content\/changes\/\d+$/);
    expect(await first.getByText('needs a second editor', { exact: false }).count()).toBeGreaterThan(0);
    expect(await first.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    await first.screenshot({ path: 'node_modules/.waymark-e2e/desk-change-360.png', fullPage: true });
    const changeUrl = first.url();

    const person = await (await newContext()).newPage();
    await person.goto(`${server.url}/en/sefton/migrant-help`);
    await expect.poll(() => person.locator('a[href="tel:03451400845"]').count()).toBeGreaterThan(0);

    const second = await (await newContext()).newPage();
    second.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 4') && problems.push(m.text()));
    await signIn(second, server.url, 'editor.two');
    await second.goto(changeUrl);
    await second.getByRole('button', { name: 'Approve this change' }).click();
    await second.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => second.getByText('Published as version', { exact: false }).count()).toBe(1);

    const fresh = await (await newContext()).newPage();
    await fresh.goto(`${server.url}/en/sefton/migrant-help`);
    await expect.poll(() => fresh.locator('a[href="tel:03451400846"]').count()).toBeGreaterThan(0);
    expect(await fresh.locator('a[href="tel:03451400846"]').first().textContent()).toContain('0345 140 0846');
    expect(problems).toEqual([]);
  });
});
