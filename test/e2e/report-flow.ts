// Shared steps for the report browser tests: fill and save a report, fault the intake, read the server's rows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { Server } from './browser-fixture';

export const SAVED = 'Saved on this phone — will send when you have signal.';

export interface Typed {
  description: string;
  name: string;
  phone: string;
  /** the contact step's optional answers, left out unless given */
  interpreter?: 'Yes' | 'No';
  district?: string;
}

let counter = 0;
/** Words no build, cache or library could contain by chance. */
export function uniqueWords(): Typed {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  return {
    description: `Card lost near the station zq${tag}`,
    name: `Tester Zq${tag}`,
    phone: `07700 9${String(counter).padStart(5, '0')}`,
  };
}

/** Fills the Aspen card form and checks it, up to the "Send report" button. */
export async function fillReport(page: Page, origin: string, typed: Typed = uniqueWords()): Promise<Typed> {
  await page.goto(`${origin}/en/sefton/report?c=aspen&step=form`);
  await page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }).fill(typed.description);
  await page.getByRole('radio', { name: 'Lost card' }).check();
  await page.getByRole('radio', { name: 'Phone call' }).check();
  await page.getByLabel('Your name', { exact: true }).fill(typed.name);
  await page.getByLabel(/^Phone number/).fill(typed.phone);
  if (typed.interpreter)
    await page.getByRole('group', { name: 'Do you need an interpreter?' }).getByRole('radio', { name: typed.interpreter }).check();
  if (typed.district) await page.getByLabel('The first part of your postcode').fill(typed.district);
  await page.getByRole('checkbox', { name: /^I agree to send this report/ }).check();
  await page.getByRole('button', { name: 'Check my report' }).click();
  return typed;
}

/** Fills the Aspen card form and saves it; resolves once the page says it is saved on the phone. */
export async function saveReport(page: Page, origin: string, typed: Typed = uniqueWords()): Promise<Typed> {
  await fillReport(page, origin, typed);
  await page.getByRole('button', { name: 'Send report' }).click();
  await page.getByText(SAVED).waitFor();
  return typed;
}

/** The references shown as sent on the page, in order. */
export async function sentReferences(page: Page): Promise<string[]> {
  return page.locator('.report-entry-sent bdi').allInnerTexts();
}

export interface ServerRow {
  idempotency_key: string;
  reference: string;
  schema_version: number;
  language: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until the server process has let go of the data folder.
 * If it will not stop, it is ended by the pid it wrote: a process this test run started.
 */
export async function waitForRelease(dataDir: string): Promise<void> {
  const lock = join(dataDir, 'waymark.pid');
  const deadline = Date.now() + 10_000;
  while (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!pid || !alive(pid)) return;
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the server, reads its database directly, and starts it again on the same port and data. */
export async function serverRows(server: Server, restart = true): Promise<ServerRow[]> {
  await server.stop();
  await waitForRelease(server.dataDir);
  const pg = await PGlite.create({ dataDir: join(server.dataDir, 'pglite') });
  const { rows } = await pg.query<ServerRow>('SELECT idempotency_key::text, reference, schema_version, language FROM reports ORDER BY id');
  await pg.close();
  if (restart) await server.start();
  return rows;
}

/**
 * Counts, per Idempotency-Key, the POSTs the intake answered, and lets `fault` answer instead when it returns true.
 * Attempts that never reached anyone (offline) are not counted.
 */
export async function watchIntake(
  context: BrowserContext,
  fault?: (route: Route, n: number) => Promise<boolean>,
): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let n = 0;
  context.on('requestfinished', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/api/reports')) return;
    const key = request.headers()['idempotency-key'] ?? '';
    seen.set(key, (seen.get(key) ?? 0) + 1);
  });
  if (fault) {
    await context.route('**/api/reports', async (route) => {
      n++;
      if (!(await fault(route, n))) await route.continue();
    });
  }
  return seen;
}

/** Every row of every IndexedDB table of the origin, by "<database>/<table>". */
export function readTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const tables: Record<string, unknown[]> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        tables[`${info.name}/${store}`] = await new Promise<unknown[]>((ok) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
        });
      }
      db.close();
    }
    return tables;
  });
}

/** Everything the origin keeps in IndexedDB and Cache Storage, as one string to search. */
export async function dumpStorage(page: Page): Promise<string> {
  const tables = Object.values(await readTables(page)).map((rows) => JSON.stringify(rows));
  const cached = await page.evaluate(async () => {
    const parts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url);
        const response = await cache.match(request);
        parts.push((await response?.text()) ?? '');
      }
    }
    return parts;
  });
  return [...tables, ...cached].join('\n');
}
