// The outbox and receipts as a live query: a module of its own so Dexie is fetched only when the list is wanted.
import { liveQuery } from 'dexie';
import { db, type OutboxItem, type Receipt } from '../../storage/db';
import { classifyStorageError, type StorageProblem } from '../draft/storage-error';

/** Calls `next` with every change, in this tab or any other; returns the unsubscribe. */
export function watchOutbox(next: (items: OutboxItem[], receipts: Receipt[]) => void, fail: (problem: StorageProblem) => void): () => void {
  const query = liveQuery(() => Promise.all([db.outbox.orderBy('createdAt').toArray(), db.receipts.orderBy('sentAt').reverse().toArray()]));
  const sub = query.subscribe({
    next: ([items, receipts]) => next(items, receipts),
    error: (err: unknown) => fail(classifyStorageError(err)),
  });
  return () => sub.unsubscribe();
}
