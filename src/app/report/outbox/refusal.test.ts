import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../storage/db';
import type { Verdict } from './answer';
import { dueInMs } from './backoff';
import { transition } from './outbox-machine';
import { STUCK_AFTER_MS } from './refusal';

const start = Date.parse('2026-05-01T12:00:00Z');
const serverError: Verdict = { kind: 'retry', reason: 'server' };
const busy: Verdict = { kind: 'retry', reason: 'busy' };
const offline: Verdict = { kind: 'retry', reason: 'offline' };

function item(over: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'a',
    state: 'queued',
    category: 'repair',
    area: 'sefton',
    payloadVersion: 1,
    payload: {},
    createdAt: start,
    attempts: 0,
    ...over,
  };
}

/** Claims and answers the item each time it is due, on a fake clock, until `until` or it leaves the queue. */
function run(
  first: OutboxItem,
  until: number,
  answer: (at: number) => { verdict: Verdict; status?: number },
): { item: OutboxItem; tries: number } {
  let current = first;
  let clock = start;
  let tries = 0;
  while (clock <= until && current.state === 'queued') {
    clock += dueInMs(current, clock);
    if (clock > until) break;
    const claimed = transition(current, { type: 'claim', owner: 't' }, clock);
    if (claimed.kind !== 'keep') throw new Error('claim delivered');
    const step = transition(claimed.item, { type: 'answered', ...answer(clock), random: () => 1 }, clock);
    if (step.kind !== 'keep') throw new Error('delivered');
    current = step.item;
    tries++;
  }
  return { item: current, tries };
}

describe('a report the server keeps refusing', () => {
  it('keeps retrying the same 500 for most of a day, then needs attention instead of retrying for ever', () => {
    const almost = run(item(), start + STUCK_AFTER_MS - 60_000, () => ({ verdict: serverError, status: 500 }));
    expect(almost.item.state).toBe('queued');
    expect(almost.item.refusal).toMatchObject({ status: 500, since: start });
    const day = run(almost.item, start + STUCK_AFTER_MS + 10 * 60_000, () => ({ verdict: serverError, status: 500 }));
    expect(day.item).toMatchObject({ state: 'attention', errors: [{ field: 'body', code: 'server_refused' }] });
    // Parked: nothing claims it again by itself.
    expect(transition(day.item, { type: 'claim', owner: 't' }, start + 2 * STUCK_AFTER_MS)).toEqual({ kind: 'keep', item: day.item });
  });

  it('starts the day again when the answer changes (a different 5xx, or a 429 in between)', () => {
    const answers = (at: number) => {
      const hour = Math.floor((at - start) / 3600_000);
      if (hour === 12) return { verdict: serverError, status: 502 };
      if (hour === 20) return { verdict: busy, status: 429 };
      return { verdict: serverError, status: 500 };
    };
    const result = run(item(), start + STUCK_AFTER_MS + 3600_000, answers);
    expect(result.item.state).toBe('queued');
    expect(result.item.refusal?.status).toBe(500);
    expect(result.item.refusal!.since).toBeGreaterThan(start + 20 * 3600_000);
  });

  it('counts no answer at all (offline) as neither the same nor different', () => {
    const result = run(item(), start + STUCK_AFTER_MS + 10 * 60_000, (at) =>
      Math.floor((at - start) / 60_000) % 2 ? { verdict: offline } : { verdict: serverError, status: 503 },
    );
    expect(result.item.state).toBe('attention');
  });

  it('is not parked by a clock that jumps a day ahead after one 500', () => {
    const once = run(item(), start, () => ({ verdict: serverError, status: 500 })).item;
    const later = start + 2 * STUCK_AFTER_MS;
    const claimed = transition(once, { type: 'claim', owner: 't' }, later);
    const step = transition(claimed.kind === 'keep' ? claimed.item : once, { type: 'answered', verdict: serverError, status: 500 }, later);
    expect(step.kind === 'keep' && step.item.state).toBe('queued');
  });

  it('goes back to the queue with a fresh day when the person taps "Try again", but not when the phone comes online', () => {
    const parked = run(item(), start + STUCK_AFTER_MS + 10 * 60_000, () => ({ verdict: serverError, status: 500 })).item;
    expect(transition(parked, { type: 'sendNow' }, start)).toEqual({ kind: 'keep', item: parked });
    const step = transition(parked, { type: 'retryRefused' }, start + STUCK_AFTER_MS);
    expect(step.kind === 'keep' && step.item).toMatchObject({ state: 'queued' });
    const again = step.kind === 'keep' ? step.item : parked;
    expect(again.refusal).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(dueInMs(again, start + STUCK_AFTER_MS)).toBe(0);
  });

  it('refuses "Try again" for a report the server rejected as invalid (the same words would fail again)', () => {
    const invalid = item({ state: 'attention', errors: [{ field: 'description', code: 'invalid' }] });
    expect(transition(invalid, { type: 'retryRefused' }, start)).toEqual({ kind: 'keep', item: invalid });
  });
});
