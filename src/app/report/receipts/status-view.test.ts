import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../storage/db';
import { changesSince, ESCALATE_AFTER_MS, snapshot, statusOf, waitedTooLong } from './status-view';

const now = Date.parse('2026-05-10T12:00:00Z');
const item = (over: Partial<OutboxItem> = {}): OutboxItem => ({
  id: 'a',
  state: 'queued',
  category: 'aspen',
  area: 'sefton',
  payloadVersion: 1,
  payload: {},
  createdAt: now,
  attempts: 0,
  ...over,
});

describe('report status', () => {
  it('calls a queued report "saved"', () => {
    expect(statusOf(item())).toBe('saved');
    expect(statusOf(item({ state: 'sending' }))).toBe('sending');
  });

  it("escalates a report waiting more than three days, but not one needing the person's attention", () => {
    expect(waitedTooLong(item({ createdAt: now - ESCALATE_AFTER_MS - 1 }), now)).toBe(true);
    expect(waitedTooLong(item({ createdAt: now - ESCALATE_AFTER_MS + 1000 }), now)).toBe(false);
    expect(waitedTooLong(item({ state: 'attention', createdAt: now - 10 * ESCALATE_AFTER_MS }), now)).toBe(false);
  });

  it('does not escalate when the clock says the report was made in the future', () => {
    expect(waitedTooLong(item({ createdAt: now + 365 * 24 * 3600_000 }), now)).toBe(false);
  });
});

describe('announcements', () => {
  it('say nothing on first look', () => {
    expect(changesSince(undefined, [item()], [])).toEqual([]);
  });

  it('announce sending, then sent with its reference', () => {
    const before = snapshot([item()], []);
    expect(changesSince(before, [item({ state: 'sending' })], [])).toEqual([{ id: 'a', kind: 'sending' }]);
    const during = snapshot([item({ state: 'sending' })], []);
    expect(changesSince(during, [], [{ id: 'a', reference: 'SEF-7K3Q-9D', category: 'aspen', sentAt: now }])).toEqual([
      { id: 'a', kind: 'sent', reference: 'SEF-7K3Q-9D' },
    ]);
  });

  it('stay quiet when nothing changed', () => {
    const before = snapshot([item()], [{ id: 'b', reference: 'X-1', category: 'aspen', sentAt: now }]);
    expect(changesSince(before, [item()], [{ id: 'b', reference: 'X-1', category: 'aspen', sentAt: now }])).toEqual([]);
  });
});
