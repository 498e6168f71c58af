// The life of one waiting report, as pure transitions. An item leaves the outbox only as a receipt
// (a definitive 200/201) or by a deliberate delete elsewhere; every other answer keeps it.
import type { OutboxItem, Receipt } from '../../storage/db';
import type { Verdict } from './answer';
import { dueInMs, nextWaitMs } from './backoff';
import { isStuck, nextRefusal } from './refusal';

export const LEASE_MS = 3 * 60_000;

export type OutboxEvent =
  | { type: 'claim'; owner: string }
  /** `status`: the HTTP status heard, undefined when nothing answered (offline, timeout) */
  | { type: 'answered'; verdict: Verdict; random?: () => number; status?: number }
  /** the sender that held it is gone (its lock or lease ended) */
  | { type: 'recover' }
  /** "Send now" or coming online: try again without waiting */
  | { type: 'sendNow' }
  /** the person's "Try again" on a report the server kept refusing */
  | { type: 'retryRefused' };

export type Step = { kind: 'keep'; item: OutboxItem } | { kind: 'deliver'; receipt: Receipt };

function withoutLease(item: OutboxItem): OutboxItem {
  const { leaseOwner: _o, leaseUntil: _u, ...rest } = item;
  return rest;
}

export function canClaim(item: OutboxItem, now: number): boolean {
  return item.state === 'queued' && dueInMs(item, now) === 0;
}

export function transition(item: OutboxItem, event: OutboxEvent, now: number): Step {
  switch (event.type) {
    case 'claim':
      if (!canClaim(item, now)) return { kind: 'keep', item };
      return { kind: 'keep', item: { ...item, state: 'sending', leaseOwner: event.owner, leaseUntil: now + LEASE_MS } };
    case 'recover':
      return item.state === 'sending' ? { kind: 'keep', item: { ...withoutLease(item), state: 'queued' } } : { kind: 'keep', item };
    case 'sendNow': {
      if (item.state !== 'queued' && item.state !== 'paused') return { kind: 'keep', item };
      // Coming online also lands here, so the run of refusals is kept: only the person's "Try again" restarts it.
      const { waitMs: _w, pausedBy: _p, ...rest } = item;
      return { kind: 'keep', item: { ...rest, state: 'queued' } };
    }
    case 'retryRefused': {
      if (item.state !== 'attention' || !item.refusal) return { kind: 'keep', item };
      const { waitMs: _w, refusal: _r, errors: _e, ...rest } = item;
      return { kind: 'keep', item: { ...rest, state: 'queued' } };
    }
    case 'answered':
      return answered(withoutLease(item), event.verdict, now, event.random, event.status);
  }
}

function answered(item: OutboxItem, verdict: Verdict, now: number, random?: () => number, status?: number): Step {
  const { refusal: before, ...rest } = item;
  const tried: OutboxItem = { ...rest, attempts: item.attempts + 1, triedAt: now };
  switch (verdict.kind) {
    case 'sent':
      return { kind: 'deliver', receipt: deliveredReceipt(item, verdict, now) };
    case 'attention':
      return { kind: 'keep', item: { ...tried, state: 'attention', errors: verdict.errors } };
    case 'paused':
      return {
        kind: 'keep',
        item: { ...tried, state: 'paused', pausedBy: verdict.status, waitMs: nextWaitMs(tried.attempts, undefined, random) },
      };
    case 'retry': {
      const refusal = nextRefusal(before, status, now);
      const waited = { ...tried, ...(refusal && { refusal }) };
      if (isStuck(refusal, now))
        return { kind: 'keep', item: { ...waited, state: 'attention', errors: [{ field: 'body', code: 'server_refused' }] } };
      return {
        kind: 'keep',
        item: { ...waited, state: 'queued', retryReason: verdict.reason, waitMs: nextWaitMs(tried.attempts, verdict.retryAfterMs, random) },
      };
    }
  }
}

/** The oldest item that may be sent now. */
export function pickNext(items: readonly OutboxItem[], now: number): OutboxItem | undefined {
  return items.filter((i) => canClaim(i, now)).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0];
}

/** Milliseconds until some queued item is due, or undefined when nothing waits to be sent automatically. */
export function nextWakeMs(items: readonly OutboxItem[], now: number): number | undefined {
  const waits = items.filter((i) => i.state === 'queued').map((i) => dueInMs(i, now));
  return waits.length ? Math.min(...waits) : undefined;
}

/** The receipt: reference, category, date and, when the server gave one, the token for asking the status later. */
function deliveredReceipt(item: OutboxItem, verdict: Extract<Verdict, { kind: 'sent' }>, now: number): Receipt {
  const receipt: Receipt = { id: item.id, reference: verdict.reference, category: item.category, sentAt: now };
  return verdict.statusToken ? { ...receipt, statusToken: verdict.statusToken } : receipt;
}
