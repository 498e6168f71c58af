// The outbox in IndexedDB: every read and write the sender and the page make. Each write is one
// transaction; a promise that resolves means it committed. Delivery deletes the report and keeps the receipt together.
import { REPORT_SCHEMA_VERSION, type IssueReport } from '../../../shared/report';
import { db, type OutboxItem } from '../../storage/db';
import type { Verdict } from './answer';
import { noteOutboxInUse } from './outbox-hint';
import { canClaim, transition } from './outbox-machine';
import { upgradePayload } from './payload-upgrade';
import { withStore } from './store-guard';
import { isTracked } from '../receipts/receipt-status';

/** Saves a checked report and removes its draft in the same transaction. Resolves only once committed. */
export async function enqueueReport(report: IssueReport, draftId: string | undefined, now = Date.now()): Promise<OutboxItem> {
  const item: OutboxItem = {
    id: report.id,
    state: 'queued',
    category: report.category,
    area: report.area,
    payloadVersion: REPORT_SCHEMA_VERSION,
    payload: report,
    createdAt: now,
    attempts: 0,
  };
  // Set first, so the hint is never missing while an item exists.
  noteOutboxInUse(true);
  await withStore(() =>
    db.transaction('rw', db.outbox, db.drafts, async () => {
      await db.outbox.add(item);
      if (draftId) await db.drafts.delete(draftId);
    }),
  );
  return item;
}

/** Takes the oldest due report for sending (upgrading an old payload first), or undefined. */
export function claimNext(owner: string, now: number): Promise<OutboxItem | undefined> {
  return withStore(() => db.transaction('rw', db.outbox, () => claimInside(owner, now)));
}

// Inside the running transaction: a payload that cannot be upgraded is parked and the search goes on.
async function claimInside(owner: string, now: number): Promise<OutboxItem | undefined> {
  for (;;) {
    const next = await db.outbox
      .orderBy('createdAt')
      .filter((i) => canClaim(i, now))
      .first();
    if (!next) return undefined;
    let item = next;
    if (item.payloadVersion !== REPORT_SCHEMA_VERSION) {
      const upgraded = upgradePayload(item.payload, item.payloadVersion);
      if (!upgraded.ok) {
        await db.outbox.put({ ...item, state: 'attention', errors: [{ field: 'body', code: 'unsupported_version' }] });
        continue;
      }
      item = { ...item, payload: upgraded.payload, payloadVersion: upgraded.version };
    }
    const claimed = transition(item, { type: 'claim', owner }, now);
    if (claimed.kind !== 'keep') return undefined;
    await db.outbox.put(claimed.item);
    return claimed.item;
  }
}

/** Records the intake's answer. "Sent" deletes every personal detail in the transaction that writes the receipt. */
export function settle(
  claimed: OutboxItem,
  verdict: Verdict,
  now: number,
  random?: () => number,
  status?: number,
): Promise<OutboxItem | undefined> {
  return withStore(() =>
    db.transaction('rw', db.outbox, db.receipts, async () => {
      const current = await db.outbox.get(claimed.id);
      const step = transition(current ?? claimed, { type: 'answered', verdict, random, status }, now);
      if (step.kind === 'deliver') {
        await db.outbox.delete(claimed.id);
        // A receipt already here (a second tab's answer) keeps its first token and what it has seen.
        const before = await db.receipts.get(claimed.id);
        await db.receipts.put(before?.statusToken ? { ...step.receipt, ...before } : step.receipt);
        return undefined;
      }
      // Deleted by the person while it was in flight: their choice stands.
      if (!current) return undefined;
      await db.outbox.put(step.item);
      return step.item;
    }),
  );
}

/** Items left "sending" by a sender that died go back to the queue. Call only while holding the sender lock. */
export function recoverOrphans(now: number): Promise<number> {
  return withStore(() =>
    db.transaction('rw', db.outbox, async () => {
      const orphans = await db.outbox.where('state').equals('sending').toArray();
      for (const o of orphans) {
        const step = transition(o, { type: 'recover' }, now);
        if (step.kind === 'keep') await db.outbox.put(step.item);
      }
      return orphans.length;
    }),
  );
}

/** "Send now" and coming online: every waiting or paused item may go at once. */
export function resetWaits(now: number): Promise<void> {
  return withStore(() =>
    db.transaction('rw', db.outbox, async () => {
      const items = await db.outbox.where('state').anyOf('queued', 'paused').toArray();
      for (const i of items) {
        const step = transition(i, { type: 'sendNow' }, now);
        if (step.kind === 'keep') await db.outbox.put(step.item);
      }
    }),
  );
}

/** "Try again" on a report the server kept refusing: back in the queue, due now, with a fresh day. */
export function retryRefused(id: string, now: number): Promise<void> {
  return withStore(() =>
    db.transaction('rw', db.outbox, async () => {
      const item = await db.outbox.get(id);
      if (!item) return;
      const step = transition(item, { type: 'retryRefused' }, now);
      if (step.kind === 'keep' && step.item !== item) await db.outbox.put(step.item);
    }),
  );
}

export function listOutbox(): Promise<OutboxItem[]> {
  return withStore(() => db.outbox.orderBy('createdAt').toArray());
}

/** A sent report whose status may still change: the start-up hint stays for it. */
export async function hasTrackedReceipts(): Promise<boolean> {
  return (await withStore(() => db.receipts.filter(isTracked).count())) > 0;
}
