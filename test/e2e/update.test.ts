import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUILD_B, launchBrowser, phoneContext, startServer, waitForServiceWorker, type RunningServer } from './harness';

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

describe('a new version', () => {
  it('is offered by a prompt, never applied by itself, and runs once accepted', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/en/sefton/`);
    await waitForServiceWorker(page);
    expect(await page.getAttribute('html', 'data-build')).toBe('e2e-a');

    await server.stop();
    server = await startServer({ staticDir: BUILD_B, port: server.port, dataDir: server.dataDir });
    await page.reload();
    await page.getByRole('button', { name: 'Update now' }).waitFor({ timeout: 30_000 });
    // Still the old version until the person says yes.
    expect(await page.getAttribute('html', 'data-build')).toBe('e2e-a');
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect.poll(() => page.getAttribute('html', 'data-build'), { timeout: 15_000 }).toBe('e2e-b');
    await context.close();
  });
});
