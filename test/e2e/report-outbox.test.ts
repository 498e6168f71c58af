// The outbox in real Chromium against the real intake: faults injected on the page's own fetch, rows counted in the server's database.
import { describe, expect } from 'vitest';
import { waitForServiceWorker } from './harness';
import { test as it } from './browser-fixture';
import { dumpStorage, saveReport, sentReferences, serverRows, watchIntake } from './report-flow';

describe('the report outbox', () => {
  it('keeps a report made offline, delivers it once when the network returns, and then keeps nothing personal', async ({
    server,
    context,
    page,
  }) => {
    await page.goto(`${server.url}/en/sefton/report`);
    await waitForServiceWorker(page);
    await server.stop();
    await context.setOffline(true);
    const typed = await saveReport(page, server.url);
    await expect.poll(() => page.getByText('Saved on this phone — will send when you have signal', { exact: true }).count()).toBe(1);
    await server.start();
    await context.setOffline(false);
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    const [reference] = await sentReferences(page);
    expect(reference).toMatch(/^SEF-/);
    const stored = await dumpStorage(page);
    for (const secret of [typed.name, typed.phone, typed.description]) expect(stored).not.toContain(secret);
    expect(stored).toContain(reference);
    await context.close();
    const rows = await serverRows(server);
    expect(rows.map((r) => r.reference)).toContain(reference);
  });

  it('rides out repeated 500s with growing waits, then sends once', async ({ server, context }) => {
    const times: number[] = [];
    const seen = await watchIntake(context, async (route, n) => {
      times.push(Date.now());
      if (n > 3) return false;
      await route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"server_error"}' });
      return true;
    });
    const page = await context.newPage();
    await saveReport(page, server.url);
    await page.getByText('Last try: the service had a problem. Waymark will try again.').waitFor();
    await expect.poll(() => sentReferences(page), { timeout: 30_000 }).toHaveLength(1);
    expect([...seen.values()]).toEqual([4]);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
  });

  it('waits as long as a 429 Retry-After asks before trying again', async ({ server, context }) => {
    const times: number[] = [];
    await watchIntake(context, async (route, n) => {
      times.push(Date.now());
      if (n > 1) return false;
      await route.fulfill({
        status: 429,
        contentType: 'application/json',
        headers: { 'Retry-After': '4' },
        body: '{"error":"rate_limited"}',
      });
      return true;
    });
    const page = await context.newPage();
    await saveReport(page, server.url);
    await page.getByText('Last try: the service was busy. Waymark will try again.').waitFor();
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(3900);
  });

  it('resends with the same key when the answer is lost after the server stored the report, and the server keeps one', async ({
    server,
    context,
  }) => {
    const keys: string[] = [];
    await watchIntake(context, async (route, n) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (n > 1) return false;
      await route.fetch();
      await route.abort('connectionreset');
      return true;
    });
    const page = await context.newPage();
    await saveReport(page, server.url);
    await expect.poll(() => sentReferences(page), { timeout: 20_000 }).toHaveLength(1);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const [reference] = await sentReferences(page);
    await context.close();
    const rows = await serverRows(server);
    expect(rows.filter((r) => r.idempotency_key === keys[0])).toEqual([expect.objectContaining({ reference })]);
  });

  it('does not take a captive portal\'s 200 HTML page for "sent"', async ({ server, context }) => {
    let portal = true;
    await watchIntake(context, async (route) => {
      if (!portal) return false;
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Sign in to Free WiFi</title><form>Accept</form>',
      });
      return true;
    });
    const page = await context.newPage();
    await saveReport(page, server.url);
    await page.getByText('Last try: this Wi-Fi wants you to sign in first. Open any web page to sign in.').waitFor();
    expect(await sentReferences(page)).toEqual([]);
    portal = false;
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => sentReferences(page), { timeout: 10_000 }).toHaveLength(1);
  });
});
