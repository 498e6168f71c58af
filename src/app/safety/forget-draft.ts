// Empties the unfinished-report table of every Waymark database with the plain IndexedDB API:
// no Dexie to load first, so the wipe is done in milliseconds even on a page that never loaded it.
const DRAFTS = 'drafts';

function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((done) => {
    const req = indexedDB.open(name);
    // A database that does not exist yet must not be created by the wipe.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => done(req.result);
    req.onerror = () => done(undefined);
    req.onblocked = () => done(undefined);
  });
}

function clearDrafts(db: IDBDatabase): Promise<void> {
  return new Promise((done) => {
    if (!db.objectStoreNames.contains(DRAFTS)) return done();
    const tx = db.transaction(DRAFTS, 'readwrite');
    tx.objectStore(DRAFTS).clear();
    tx.oncomplete = tx.onerror = tx.onabort = () => done();
  });
}

export async function forgetDrafts(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const names = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name ?? '') : ['waymark'];
  for (const name of names.filter((n) => n.startsWith('waymark'))) {
    const db = await openExisting(name);
    if (!db) continue;
    await clearDrafts(db);
    db.close();
  }
}
