// The fixture every browser test uses: one Chromium per run, one server per file, a fresh phone per test.
// Apart from harness.ts because `test.extend` works only inside a Vitest run, and global setup and the bench import the harness.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { test as base } from 'vitest';
import { BUILD_A, TEMPLATE_DATA, freePort, launchBrowser, phone, startServer, waitForAppOnNavigation, type RunningServer } from './harness';

/**
 * The server of one test file. Port and data stay across restarts, so pages keep their origin and reports.
 * `start` starts it again after `stop` with the same build (a running one is left as it is); `restart` can change build.
 */
export interface Server {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  restart: (options?: { staticDir?: string }) => Promise<void>;
}

export async function fileServer(): Promise<Server> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  if (existsSync(TEMPLATE_DATA)) cpSync(TEMPLATE_DATA, dataDir, { recursive: true });
  let staticDir = BUILD_A;
  let running: RunningServer | undefined;
  const server: Server = {
    url: `http://localhost:${port}`,
    port,
    dataDir,
    start: async () => {
      running ??= await startServer({ port, dataDir, staticDir });
    },
    stop: async () => {
      await running?.stop();
      running = undefined;
    },
    restart: async (options = {}) => {
      await server.stop();
      staticDir = options.staticDir ?? staticDir;
      await server.start();
    },
  };
  await server.start();
  return server;
}

/**
 * `browser`: one Chromium for the whole run (the e2e project runs its files in one worker, `isolate: false`).
 * `server`: one per file; a test that stopped it (to go offline) finds it running again in the next test.
 * `context` and `page`: a fresh phone for each test; `newContext(options)` for any other; all closed after the test.
 * Every page of those contexts waits, after each goto/reload/goBack, for the app to be live (`waitForAppOnNavigation`),
 * unless scripts are off or the call gives its own `waitUntil`; a navigation by a tap waits with `waitForApp`.
 */
export const test = base
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  // eslint-disable-next-line no-empty-pattern -- as above
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await fileServer();
    onCleanup(() => server.stop());
    return server;
  })
  .extend('serverRunning', { auto: true }, ({ server }) => server.start())
  .extend('newContext', async ({ browser }, { onCleanup }) => {
    const open: BrowserContext[] = [];
    // Open pages keep connections to the server; closed after the test so it can stop cleanly.
    onCleanup(() => Promise.all(open.map((c) => c.close().catch(() => undefined))).then(() => undefined));
    return async (options?: BrowserContextOptions): Promise<BrowserContext> => {
      const context = await browser.newContext(options);
      if (options?.javaScriptEnabled !== false) context.on('page', waitForAppOnNavigation);
      open.push(context);
      return context;
    };
  })
  .extend('context', ({ newContext }) => newContext(phone()))
  .extend('page', ({ context }) => context.newPage());
