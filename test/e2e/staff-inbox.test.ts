// The staff inbox in real Chromium: the real sign-in form (Origin: null under no-referrer), a report
// with a photo, closing it with a note, nothing blocked or broken by the CSP, no axe violations, log out.
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { runStaffCommand } from './harness';
import { test as it } from './browser-fixture';

let password: string;
let reference: string;
const PNG = readFileSync('public/icons/icon-192.png');

it.beforeAll(async ({ server }) => {
  // The staff command opens the database itself, so the server lets go of it meanwhile.
  await server.stop();
  const out = runStaffCommand(['add', 'caseworker'], { DATA_DIR: server.dataDir });
  password = /Password: (\S+)/.exec(out)![1]!;
  await server.start();
  const id = crypto.randomUUID();
  const res = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': id },
    body: JSON.stringify({
      schemaVersion: 1,
      id,
      area: 'sefton',
      category: 'repair',
      language: 'ar',
      createdAt: new Date().toISOString(),
      description: 'لا يوجد ماء ساخن <img src=x onerror=alert(1)>',
      details: { room: 'bathroom', problem: 'hotWater' },
      contact: { method: 'phone', name: 'Amina', phone: '07700 900123' },
      consent: true,
      photos: [{ type: 'image/png', data: PNG.toString('base64') }],
    }),
  });
  reference = ((await res.json()) as { reference: string }).reference;
});

describe('the staff inbox', () => {
  it('signs in through the form, shows the report escaped with its photo, closes it with a note, and signs out', async ({
    server,
    newContext,
  }) => {
    const page = await (await newContext()).newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('status of 4') && problems.push(m.text()));
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    await page.goto(`${server.url}/staff`);
    // The bundled server names its build (commit and date), so a problem can be tied to a version.
    expect(await page.locator('footer').textContent()).toMatch(/Waymark build \S+ \d{4}-\d{2}-\d{2}/);
    await page.getByLabel('Name').fill('caseworker');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: reference }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Report ${reference}`);
    expect(await page.getByText('<img src=x onerror=alert(1)>', { exact: false }).count()).toBe(1);
    expect(
      await page.getByRole('img', { name: 'Photo 1 sent with the report' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(192);
    await page.getByLabel('Move to').selectOption('closed');
    await page.getByLabel('Note (needed when closing)').fill('Boiler repaired');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Boiler repaired').count()).toBe(1);
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/staff\/login$/);
    await page.goto(`${server.url}/staff/reports/${reference}`);
    expect(page.url()).toMatch(/\/staff\/login$/);
    expect(problems).toEqual([]);
  });

  it('has no axe violations on the inbox, a report and the evidence page', async ({ server, newContext }) => {
    // CSP forbids injected scripts, which is the point; axe needs it relaxed for this check only.
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/login`);
    await page.getByLabel('Name').fill('caseworker');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/staff$/);
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    for (const path of ['/staff', `/staff/reports/${reference}`, '/staff/evidence', '/staff/audit']) {
      await page.goto(`${server.url}${path}`);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const axeRun = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axeRun.run()).violations.map((v) => v.id);
      });
      expect(violations, path).toEqual([]);
    }
  });
});
