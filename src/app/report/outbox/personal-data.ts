// Deleting on purpose: one report, or everything Waymark keeps about reports on this phone.
import { db, type OutboxItem } from '../../storage/db';
import { noteOutboxInUse } from './outbox-hint';
import { withStore } from './store-guard';

export function deleteReport(id: string): Promise<void> {
  return withStore(() => db.outbox.delete(id));
}

/** Reports not yet delivered: what "Clear my data" must warn about before it deletes them. */
export function unsentReports(): Promise<OutboxItem[]> {
  return withStore(() => db.outbox.orderBy('createdAt').toArray());
}

/** Everything, status tokens with their receipts: afterwards no one can ask this phone's reports' status. */
export async function clearMyData(): Promise<void> {
  await withStore(() =>
    db.transaction('rw', [db.outbox, db.drafts, db.receipts, db.leases], async () => {
      await Promise.all([db.outbox.clear(), db.drafts.clear(), db.receipts.clear(), db.leases.clear()]);
    }),
  );
  noteOutboxInUse(false);
}
