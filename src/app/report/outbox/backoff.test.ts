import { describe, expect, it } from 'vitest';
import { BACKOFF, backoffMs, dueInMs, nextWaitMs, parseRetryAfter } from './backoff';

const noJitter = () => 1;
const mostJitter = () => 0;

describe('backoff', () => {
  it('starts at one second and doubles after each failure', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, noJitter))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits longer than five minutes, however many failures', () => {
    expect(backoffMs(9, noJitter)).toBe(256_000);
    expect(backoffMs(10, noJitter)).toBe(BACKOFF.capMs);
    expect(backoffMs(10_000, noJitter)).toBe(BACKOFF.capMs);
  });

  it('spreads retries by jitter of at most a quarter, so phones do not return all at once', () => {
    expect(backoffMs(1, mostJitter)).toBe(750);
    expect(backoffMs(20, mostJitter)).toBe(225_000);
    const seen = new Set(Array.from({ length: 50 }, () => backoffMs(8)));
    expect(seen.size).toBeGreaterThan(10);
    for (const ms of seen) expect(ms).toBeLessThanOrEqual(128_000);
  });

  it('waits as long as the server asks with Retry-After when that is longer than the backoff', () => {
    expect(nextWaitMs(1, 30_000, noJitter)).toBe(30_000);
    expect(nextWaitMs(6, 2_000, noJitter)).toBe(32_000);
  });

  it('caps an absurd Retry-After at one hour', () => {
    expect(nextWaitMs(1, 10 * 24 * 3600_000, noJitter)).toBe(BACKOFF.maxRetryAfterMs);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-05-01T12:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Fri, 01 May 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 01 May 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores missing or malformed values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('due time', () => {
  it('is now for an item never tried', () => {
    expect(dueInMs({}, 1000)).toBe(0);
  });
  it('counts the wait from the last try', () => {
    expect(dueInMs({ triedAt: 1000, waitMs: 4000 }, 2000)).toBe(3000);
    expect(dueInMs({ triedAt: 1000, waitMs: 4000 }, 9000)).toBe(0);
  });
  it('is now when the device clock moved back before the last try, so nothing waits for years', () => {
    const triedAt = Date.parse('2031-01-01T00:00:00Z');
    expect(dueInMs({ triedAt, waitMs: 300_000 }, Date.parse('2026-01-01T00:00:00Z'))).toBe(0);
  });
});
