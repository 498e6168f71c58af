// Helpers for browser tests: start the real server on loopback, drive Debian's Chromium with playwright-core.
// Test files take `test` from browser-fixture.ts, which builds on these (Vitest allows `test.extend` only inside a run).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BUILD_A = resolve('node_modules/.waymark-e2e/a');
export const BUILD_B = resolve('node_modules/.waymark-e2e/b');
/** The bundled server (`vite build --ssr`), run with plain node as in production. */
export const SERVER_BUILD = resolve('node_modules/.waymark-e2e/server');
/** A data folder made once per run (migrated, seed packs published, stopped cleanly): each file's server starts from a copy. */
export const TEMPLATE_DATA = resolve('node_modules/.waymark-e2e/data-template');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A production build (NODE_ENV must be production: under vitest it is "test", which gives a dev build). */
export function buildApp(outDir: string, buildId: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', WAYMARK_OUT_DIR: outDir, WAYMARK_BUILD_ID: buildId },
  });
}

/** The server and the staff command, bundled as `npm run build` does. */
export function buildServer(outDir = SERVER_BUILD): void {
  execFileSync('npx', ['vite', 'build', '--ssr', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', WAYMARK_SERVER_OUT_DIR: outDir },
  });
}

/** Runs the bundled staff command (`npm run staff -- …`) against a data folder; returns what it printed. */
export function runStaffCommand(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [join(SERVER_BUILD, 'staff.js'), ...args], { env: { ...process.env, ...env } }).toString();
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

export async function startServer(
  options: { staticDir?: string; port?: number; dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [join(SERVER_BUILD, 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: options.staticDir ?? BUILD_A,
      DATA_DIR: dataDir,
      // The tests open the server as localhost: its pages (the leaflet's QR code) name that origin.
      PUBLIC_ORIGIN: url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A phone: 360 px wide, touch, as a cheap Android phone (wider for a helper's laptop). */
export function phone(options: { locale?: string; width?: number } = {}): BrowserContextOptions {
  return {
    viewport: { width: options.width ?? 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: options.width === undefined || options.width < 600,
    hasTouch: true,
    locale: options.locale ?? 'en-GB',
  };
}

/** A phone-sized context (see `phone`). */
export function phoneContext(browser: Browser, options: { locale?: string; width?: number } = {}): Promise<BrowserContext> {
  return browser.newContext(phone(options));
}

/** Waits until a service worker controls the page and has finished installing. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }));
    }
  });
}

/**
 * The one wait for a live page: the app sets `<html data-hydrated>` once it has hydrated the server's HTML (or drawn the
 * shell). A page without the app (`#app`: staff pages, the neutral site, an error page) counts as ready at once.
 */
export async function waitForApp(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('app') || document.documentElement.hasAttribute('data-hydrated'), undefined, {
    timeout,
  });
}

type Navigate = (...args: never[]) => Promise<unknown>;

/**
 * Makes `goto`, `reload`, `goBack` and `goForward` wait for `waitForApp`, so no test taps a server-drawn page before its
 * code runs. A call given its own `waitUntil` (a test that looks at the page before hydration) is left as it is.
 */
const waiting = new WeakSet<Page>();
export function waitForAppOnNavigation(page: Page): void {
  if (waiting.has(page)) return;
  waiting.add(page);
  for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const original = (page[name] as Navigate).bind(page) as (...args: unknown[]) => Promise<unknown>;
    const optionsAt = name === 'goto' ? 1 : 0;
    (page as unknown as Record<string, Navigate>)[name] = async (...args: unknown[]) => {
      const result = await original(...args);
      if (!(args[optionsAt] as { waitUntil?: string } | undefined)?.waitUntil) await waitForApp(page);
      return result;
    };
  }
}

/** Cuts the network for everything the page and its service worker fetch. */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**/*');
  await context.setOffline(false);
}

/**
 * Presses Tab until `target` has focus. Every stop on the way must show where focus is:
 * returns the first stop that does not (as text), or null once the target is reached.
 */
export async function tabTo(page: Page, target: Locator, maxStops = 80): Promise<string | null> {
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const unseen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'focus lost to the page';
      // A page or step container focused by the app after a change is not a Tab stop.
      if (el.tabIndex < 0) return null;
      // The calendar button inside a date field takes focus inside the field; app.css outlines that button.
      if (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) return null;
      const s = getComputedStyle(el);
      return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? null : el.outerHTML.slice(0, 80);
    });
    if (unseen) return `no visible focus on ${unseen}`;
    if (await target.evaluate((el) => el === document.activeElement)) return null;
  }
  return 'Tab never reached the control';
}
