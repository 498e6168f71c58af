import { describe, expect, it } from 'vitest';
import { isCheckDate, isPossiblyOutOfDate, oldestCheck } from './freshness';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('check dates', () => {
  it('accepts real calendar days only', () => {
    expect(isCheckDate('2026-11-23')).toBe(true);
    expect(isCheckDate('2024-02-29')).toBe(true);
    expect(isCheckDate('2026-02-30')).toBe(false);
    expect(isCheckDate('23/11/2026')).toBe(false);
    expect(isCheckDate('2026-11')).toBe(false);
  });
});

describe('possibly out of date', () => {
  it('is fresh on the day it was checked and exactly a year later', () => {
    expect(isPossiblyOutOfDate('2025-11-23', day('2025-11-23'))).toBe(false);
    expect(isPossiblyOutOfDate('2025-11-23', day('2026-11-23'))).toBe(false);
  });
  it('is flagged from the day after twelve months have passed', () => {
    expect(isPossiblyOutOfDate('2025-11-23', day('2026-11-24'))).toBe(true);
    expect(isPossiblyOutOfDate('2019-01-01', day('2026-11-23'))).toBe(true);
  });
  it('treats a check dated in the future as fresh and an unreadable date as stale', () => {
    expect(isPossiblyOutOfDate('2027-01-01', day('2026-11-23'))).toBe(false);
    expect(isPossiblyOutOfDate('soon', day('2026-11-23'))).toBe(true);
  });
  it('counts a leap day check as due on the first of March a year on', () => {
    expect(isPossiblyOutOfDate('2024-02-29', day('2025-03-01'))).toBe(false);
    expect(isPossiblyOutOfDate('2024-02-29', day('2025-03-02'))).toBe(true);
  });
});

describe('oldest check', () => {
  it('is the earliest date among the facts, or nothing for none', () => {
    const f = (checked: string) => ({ sources: [], checked });
    expect(oldestCheck([f('2026-11-23'), f('2025-01-02'), f('2026-01-01')])).toBe('2025-01-02');
    expect(oldestCheck([])).toBeUndefined();
  });
});
