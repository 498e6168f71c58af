import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../storage/db';
import { LEASE_MS, nextWakeMs, pickNext, transition } from './outbox-machine';

const now = Date.parse('2026-05-01T12:00:00Z');
const fixed = () => 1;
function item(over: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'a',
    state: 'queued',
    category: 'repair',
    area: 'sefton',
    payloadVersion: 1,
    payload: {},
    createdAt: now - 1000,
    attempts: 0,
    ...over,
  };
}
function kept(step: ReturnType<typeof transition>): OutboxItem {
  if (step.kind !== 'keep') throw new Error(`expected keep, got ${step.kind}`);
  return step.item;
}

describe('an outbox item', () => {
  it('is claimed for sending with a lease when it is queued and due', () => {
    const claimed = kept(transition(item(), { type: 'claim', owner: 'tab-1' }, now));
    expect(claimed).toMatchObject({ state: 'sending', leaseOwner: 'tab-1', leaseUntil: now + LEASE_MS });
  });

  it('is not claimed while it waits, needs attention or is already sending', () => {
    for (const over of [{ triedAt: now - 10, waitMs: 1000 }, { state: 'attention' as const }, { state: 'sending' as const }]) {
      const before = item(over);
      expect(kept(transition(before, { type: 'claim', owner: 'tab-2' }, now))).toBe(before);
    }
  });

  it('becomes a receipt with only reference, category and date when the intake confirms it', () => {
    const step = transition(item({ state: 'sending' }), { type: 'answered', verdict: { kind: 'sent', reference: 'SEF-7K3Q-9D' } }, now);
    expect(step).toEqual({ kind: 'deliver', receipt: { id: 'a', reference: 'SEF-7K3Q-9D', category: 'repair', sentAt: now } });
  });

  it('waits with growing backoff after each failure, keeping its place', () => {
    let current = item({ state: 'sending' });
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      current = kept(transition(current, { type: 'answered', verdict: { kind: 'retry', reason: 'server' }, random: fixed }, now));
      waits.push(current.waitMs!);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(current).toMatchObject({ state: 'queued', attempts: 4, retryReason: 'server', triedAt: now });
    expect(current.leaseOwner).toBeUndefined();
  });

  it('honours Retry-After', () => {
    const next = kept(
      transition(
        item({ state: 'sending' }),
        { type: 'answered', verdict: { kind: 'retry', reason: 'busy', retryAfterMs: 20_000 }, random: fixed },
        now,
      ),
    );
    expect(next.waitMs).toBe(20_000);
  });

  it('is parked as needing attention with the server errors, never dropped', () => {
    const errors = [{ field: 'contact.phone', code: 'invalid' }];
    const next = kept(transition(item({ state: 'sending' }), { type: 'answered', verdict: { kind: 'attention', errors } }, now));
    expect(next).toMatchObject({ state: 'attention', errors, attempts: 1 });
    expect(kept(transition(next, { type: 'claim', owner: 't' }, now)).state).toBe('attention');
  });

  it('pauses on 401/403 and resumes on "Send now"', () => {
    const paused = kept(transition(item({ state: 'sending' }), { type: 'answered', verdict: { kind: 'paused', status: 401 } }, now));
    expect(paused).toMatchObject({ state: 'paused', pausedBy: 401 });
    const resumed = kept(transition(paused, { type: 'sendNow' }, now));
    expect(resumed).toMatchObject({ state: 'queued' });
    expect(resumed.pausedBy).toBeUndefined();
  });

  it('"Send now" clears the wait but keeps the count, so backoff keeps growing if the server is still down', () => {
    const waiting = item({ attempts: 5, triedAt: now, waitMs: 16_000 });
    const reset = kept(transition(waiting, { type: 'sendNow' }, now));
    expect(reset.waitMs).toBeUndefined();
    expect(reset.attempts).toBe(5);
    expect(pickNext([reset], now)).toBe(reset);
  });

  it('goes back to the queue when the sender holding it died', () => {
    const orphan = item({ state: 'sending', leaseOwner: 'dead-tab', leaseUntil: now - 1 });
    const back = kept(transition(orphan, { type: 'recover' }, now));
    expect(back.state).toBe('queued');
    expect(back.leaseOwner).toBeUndefined();
  });
});

describe('the queue', () => {
  it('sends the oldest due item first', () => {
    const items = [
      item({ id: 'new', createdAt: now - 10 }),
      item({ id: 'old', createdAt: now - 99 }),
      item({ id: 'waiting', createdAt: now - 999, triedAt: now, waitMs: 5000 }),
    ];
    expect(pickNext(items, now)?.id).toBe('old');
  });

  it('knows when to wake for the next due item, and that parked items never wake it', () => {
    expect(nextWakeMs([item({ triedAt: now, waitMs: 5000 }), item({ triedAt: now, waitMs: 9000 })], now + 1000)).toBe(4000);
    expect(nextWakeMs([item({ state: 'attention' }), item({ state: 'paused' })], now)).toBeUndefined();
  });

  it('never expires an item by age or by the device clock', () => {
    const ancient = item({ createdAt: Date.parse('2019-01-01T00:00:00Z') });
    const future = item({
      id: 'b',
      createdAt: Date.parse('2040-01-01T00:00:00Z'),
      triedAt: Date.parse('2040-01-01T00:00:00Z'),
      waitMs: 300_000,
    });
    expect(pickNext([ancient], now)).toBe(ancient);
    expect(pickNext([future], now)).toBe(future);
  });
});
