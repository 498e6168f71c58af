// The outbox and receipts as they change, in this tab or any other (Dexie liveQuery).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { db, type OutboxItem, type Receipt } from '../storage/db';
import { classifyStorageError, type StorageProblem } from './storage-error';

export interface OutboxView {
  items: OutboxItem[];
  receipts: Receipt[];
  loaded: boolean;
  problem?: StorageProblem;
}

export function useOutbox(): OutboxView {
  const [view, setView] = useState<OutboxView>({ items: [], receipts: [], loaded: false });
  useEffect(() => {
    const query = liveQuery(() => Promise.all([db.outbox.orderBy('createdAt').toArray(), db.receipts.orderBy('sentAt').reverse().toArray()]));
    const sub = query.subscribe({
      next: ([items, receipts]) => setView({ items, receipts, loaded: true }),
      error: (err: unknown) => setView((v) => ({ ...v, loaded: true, problem: classifyStorageError(err) })),
    });
    return () => sub.unsubscribe();
  }, []);
  return view;
}
