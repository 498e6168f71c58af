import { describe, expect, it } from 'vitest';
import type { Receipt } from '../../storage/db';
import { CHECK_EVERY_MS, isDue, readStatusAnswer, statusKey } from './receipt-status';

const now = Date.parse('2026-12-01T12:00:00Z');
const receipt = (over: Partial<Receipt> = {}): Receipt => ({
  id: 'r',
  reference: 'SEF-7K3Q-9D',
  category: 'repair',
  sentAt: now - 10 * CHECK_EVERY_MS,
  statusToken: 'x'.repeat(43),
  ...over,
});

describe('which sent reports are asked about', () => {
  it('asks at most once an hour per receipt', () => {
    expect(isDue(receipt(), now)).toBe(true);
    expect(isDue(receipt({ checkedAt: now - CHECK_EVERY_MS + 1000 }), now)).toBe(false);
    expect(isDue(receipt({ checkedAt: now - CHECK_EVERY_MS }), now)).toBe(true);
  });
  it('never asks without a token or once the report is closed', () => {
    expect(isDue(receipt({ statusToken: undefined }), now)).toBe(false);
    expect(isDue(receipt({ seen: { status: 'closed', changedAt: '2026-11-30T10:00:00Z' } }), now)).toBe(false);
  });
  it('asks again when the last answer is in the future (the clock went back)', () => {
    expect(isDue(receipt({ checkedAt: now + 5 * CHECK_EVERY_MS }), now)).toBe(true);
  });
});

describe('the status answer', () => {
  it('keeps the status, to whom it was passed on and the note', () => {
    const body = { status: 'passed_on', changedAt: '2026-12-01T10:00:00.000Z', passedOnTo: 'migrant_help', note: 'They will call you.' };
    expect(readStatusAnswer(body)).toEqual(body);
  });
  it('refuses anything not of its shape, and drops an unknown "passed on to"', () => {
    expect(readStatusAnswer('<html>')).toBeUndefined();
    expect(readStatusAnswer({ status: 'deleted', changedAt: '2026-12-01T10:00:00Z' })).toBeUndefined();
    expect(readStatusAnswer({ status: 'new', changedAt: 'yesterday' })).toBeUndefined();
    expect(readStatusAnswer({ status: 'passed_on', changedAt: '2026-12-01T10:00:00Z', passedOnTo: 'mi5' })).toEqual({
      status: 'passed_on',
      changedAt: '2026-12-01T10:00:00Z',
    });
  });
  it('names who it was passed on to when the server said', () => {
    expect(statusKey({ status: 'passed_on', changedAt: '', passedOnTo: 'police' })).toBe('progress.passedToPolice');
    expect(statusKey({ status: 'passed_on', changedAt: '' })).toBe('progress.passed_on');
    expect(statusKey({ status: 'in_progress', changedAt: '' })).toBe('progress.in_progress');
  });
});
