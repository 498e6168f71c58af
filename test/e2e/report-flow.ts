// Shared steps for the report browser tests: fill and save a report, fault the intake, read the server's rows.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { startServer, type RunningServer } from './harness';

export const SAVED = 'Saved on this phone — will send when you have signal.';

export interface Typed {
  description: string;
  name: string;
  phone: string;
}

let counter = 0;
/** Words no build, cache or library could contain by chance. */
export function uniqueWords(): Typed {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  return { description: `Card lost near the station zq${tag}`, name: `Tester Zq${tag}`, phone: `07700 9${String(counter).padStart(5, '0')}` };
}

/** Fills the Aspen card form and saves it; resolves once the page says it is saved on the phone. */
export async function saveReport(page: Page, origin: string, typed: Typed = uniqueWords(), lang = 'en'): Promise<Typed> {
  await page.goto(`${origin}/${lang}/sefton/report?c=aspen&step=form`);
  await page.getByRole('textbox', { name: /^What is wrong\? Tell us/ }).fill(typed.description);
  await page.getByRole('radio', { name: 'Lost card' }).check();
  await page.getByRole('radio', { name: 'Phone call' }).check();
  await page.getByLabel('Your name', { exact: true }).fill(typed.name);
  await page.getByLabel(/^Phone number/).fill(typed.phone);
  await page.getByRole('checkbox', { name: /^I agree to send this report/ }).check();
  await page.getByRole('button', { name: 'Check my report' }).click();
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

/** Stops the server, reads its database directly, and starts it again on the same port and data. */
export async function serverRows(server: RunningServer, restart = true): Promise<{ rows: ServerRow[]; server: RunningServer }> {
  await server.stop();
  const pg = await PGlite.create({ dataDir: join(server.dataDir, 'pglite') });
  const { rows } = await pg.query<ServerRow>('SELECT idempotency_key::text, reference, schema_version, language FROM reports ORDER BY id');
  await pg.close();
  const next = restart ? await startServer({ port: server.port, dataDir: server.dataDir }) : server;
  return { rows, server: next };
}

/** Counts POSTs to the intake per Idempotency-Key, passing each on (or to `fault` when it returns true). */
export async function watchIntake(context: BrowserContext, fault?: (route: Route, n: number) => Promise<boolean>): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  let n = 0;
  await context.route('**/api/reports', async (route) => {
    const key = route.request().headers()['idempotency-key'] ?? '';
    seen.set(key, (seen.get(key) ?? 0) + 1);
    n++;
    if (fault && (await fault(route, n))) return;
    await route.continue();
  });
  return seen;
}

/** Everything the origin keeps in IndexedDB and Cache Storage, as one string to search. */
export function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((ok) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        parts.push(request.url);
        const response = await cache.match(request);
        parts.push((await response?.text()) ?? '');
      }
    }
    return parts.join('\n');
  });
}
