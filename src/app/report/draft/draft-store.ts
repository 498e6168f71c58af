// Drafts: the form as typed, saved while the person writes so a reload or a flat battery loses nothing.
import { isLeaving } from '../../safety/leaving';
import { db } from '../../storage/db';
import { withStore } from '../outbox/store-guard';

export const DRAFT_ID = 'report';

export function saveDraft(values: unknown, id = DRAFT_ID, now = Date.now()): Promise<void> {
  // After a quick exit has begun, a late save must not write back what was just wiped.
  if (isLeaving()) return Promise.resolve();
  return withStore(async () => {
    await db.drafts.put({ id, values, updatedAt: now });
  });
}

export function loadDraft(id = DRAFT_ID): Promise<unknown> {
  return withStore(async () => (await db.drafts.get(id))?.values);
}

export function deleteDraft(id = DRAFT_ID): Promise<void> {
  return withStore(() => db.drafts.delete(id));
}

/** "Change and send again": the refused report becomes the draft again, in one transaction. */
export function reopenAsDraft(reportId: string, values: unknown, id = DRAFT_ID, now = Date.now()): Promise<void> {
  return withStore(() =>
    db.transaction('rw', db.outbox, db.drafts, async () => {
      await db.drafts.put({ id, values, updatedAt: now });
      await db.outbox.delete(reportId);
    }),
  );
}
