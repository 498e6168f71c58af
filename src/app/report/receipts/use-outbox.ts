// The outbox and receipts as they change, in this tab or any other (Dexie liveQuery), read only once `open`:
// Dexie is loaded when the phone keeps reports or the person starts one, never to draw the first step.
import { useEffect, useState } from 'preact/hooks';
import type { OutboxItem, Receipt } from '../../storage/db';
import type { StorageProblem } from '../draft/storage-error';

export interface OutboxView {
  items: OutboxItem[];
  receipts: Receipt[];
  loaded: boolean;
  problem?: StorageProblem;
}

const COALESCE_MS = 250;

export function useOutbox(open = true): OutboxView {
  const [view, setView] = useState<OutboxView>({ items: [], receipts: [], loaded: false });
  useEffect(() => {
    if (!open) return;
    let live = true;
    let unsubscribe = () => {};
    // A burst of deliveries changes the outbox many times a second: show the latest state, a few times a second.
    let latest: OutboxView | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (view: OutboxView) => {
      const first = latest === undefined;
      latest = view;
      if (first) setView(view);
      else timer ??= setTimeout(() => ((timer = undefined), setView(latest!)), COALESCE_MS);
    };
    const fail = (problem: StorageProblem) => setView((v) => ({ ...v, loaded: true, problem }));
    import('./outbox-query').then(
      (m) => {
        if (live) unsubscribe = m.watchOutbox((items, receipts) => show({ items, receipts, loaded: true }), fail);
      },
      // The store's code did not arrive (offline, never cached): as if the store were missing.
      () => fail('unavailable'),
    );
    return () => {
      live = false;
      unsubscribe();
      clearTimeout(timer);
    };
  }, [open]);
  return view;
}
