// Whether this phone keeps anything of a report (a draft, a waiting report, a receipt), asked with plain IndexedDB so the
// report page draws its first step without Dexie for the many who never wrote one. Unsure counts as yes: better a load than a loss.
import { outboxMayHaveItems } from '../outbox/outbox-hint';

const STORES = ['drafts', 'outbox', 'receipts'];

function openIfThere(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((done, fail) => {
    const req = indexedDB.open(name);
    // Asking must never create the database: a new one means there was none.
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      done(undefined);
    };
    req.onsuccess = () => done(req.result);
    req.onerror = () => (req.error?.name === 'AbortError' ? done(undefined) : fail(req.error));
    req.onblocked = () => fail(new Error('blocked'));
  });
}

function countAll(db: IDBDatabase): Promise<number> {
  const names = STORES.filter((s) => db.objectStoreNames.contains(s));
  if (names.length === 0) return Promise.resolve(0);
  return new Promise((done, fail) => {
    const tx = db.transaction(names, 'readonly');
    let total = 0;
    for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (total += (e.target as IDBRequest<number>).result);
    tx.oncomplete = () => done(total);
    tx.onerror = tx.onabort = () => fail(tx.error);
  });
}

export async function phoneKeepsReports(name = 'waymark'): Promise<boolean> {
  if (outboxMayHaveItems() || typeof indexedDB === 'undefined') return true;
  try {
    if (typeof indexedDB.databases === 'function' && !(await indexedDB.databases()).some((d) => d.name === name)) return false;
    const db = await openIfThere(name);
    if (!db) return false;
    try {
      return (await countAll(db)) > 0;
    } finally {
      db.close();
    }
  } catch {
    return true;
  }
}
