// What the person is told about each report, and which changes are worth announcing to a screen reader.
import type { OutboxItem, Receipt } from '../../storage/db';

export const ESCALATE_AFTER_MS = 3 * 24 * 3600_000;

export type StatusKind = 'saved' | 'sending' | 'attention' | 'paused' | 'sent';

export function statusOf(item: OutboxItem): StatusKind {
  return item.state === 'queued' ? 'saved' : item.state;
}

/** Waiting more than 3 days escalates with advice. A creation time in the future (a wrong clock) never does. */
export function waitedTooLong(item: OutboxItem, now: number): boolean {
  if (item.state === 'attention') return false;
  const waited = now - item.createdAt;
  return waited > ESCALATE_AFTER_MS;
}

export type Seen = ReadonlyMap<string, StatusKind>;

export function snapshot(items: readonly OutboxItem[], receipts: readonly Receipt[]): Map<string, StatusKind> {
  const seen = new Map<string, StatusKind>();
  for (const r of receipts) seen.set(r.id, 'sent');
  for (const i of items) seen.set(i.id, statusOf(i));
  return seen;
}

export interface Change {
  id: string;
  kind: StatusKind;
  reference?: string;
}

/** Status changes since the last look; reports seen for the first time are not announced (they are on screen). */
export function changesSince(before: Seen | undefined, items: readonly OutboxItem[], receipts: readonly Receipt[]): Change[] {
  if (!before) return [];
  const changes: Change[] = [];
  for (const i of items) {
    const kind = statusOf(i);
    if (before.has(i.id) && before.get(i.id) !== kind) changes.push({ id: i.id, kind });
  }
  for (const r of receipts) {
    const was = before.get(r.id);
    if (was && was !== 'sent') changes.push({ id: r.id, kind: 'sent', reference: r.reference });
  }
  return changes;
}
