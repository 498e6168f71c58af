// The outbox and receipts as they change, in this tab or any other (Dexie liveQuery).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { db, type OutboxItem, type Receipt } from '../../storage/db';
import { classifyStorageError, type StorageProblem } from '../draft/storage-error';

export interface OutboxView {
  items: OutboxItem[];
  receipts: Receipt[];
  loaded: boolean;
  problem?: StorageProblem;
}

const COALESCE_MS = 250;

export function useOutbox(): OutboxView {
  const [view, setView] = useState<OutboxView>({ items: [], receipts: [], loaded: false });
  useEffect(() => {
    const query = liveQuery(() =>
      Promise.all([db.outbox.orderBy('createdAt').toArray(), db.receipts.orderBy('sentAt').reverse().toArray()]),
    );
    // A burst of deliveries changes the outbox many times a second: show the latest state, a few times a second.
    let latest: OutboxView | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (view: OutboxView) => {
      const first = latest === undefined;
      latest = view;
      if (first) setView(view);
      else timer ??= setTimeout(() => ((timer = undefined), setView(latest!)), COALESCE_MS);
    };
    const sub = query.subscribe({
      next: ([items, receipts]) => show({ items, receipts, loaded: true }),
      error: (err: unknown) => setView((v) => ({ ...v, loaded: true, problem: classifyStorageError(err) })),
    });
    return () => {
      sub.unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return view;
}
