import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, isLeapYear, nextWeekdayOnOrAfter, parseIsoDate, toIsoDate, weekdayOf } from './calendar-date';

describe('calendar dates', () => {
  it('reads real dates and refuses impossible ones', () => {
    expect(parseIsoDate('2026-11-24')).not.toBeNull();
    for (const bad of [
      '2027-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-00-10',
      '2026-1-1',
      '24/11/2026',
      '',
      null,
      20261124,
    ]) {
      expect(parseIsoDate(bad), String(bad)).toBeNull();
    }
  });

  it('knows leap years by the Gregorian rule', () => {
    expect([2024, 2028, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2026, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(parseIsoDate('2028-02-29')).not.toBeNull();
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('agrees with the UTC calendar for every day across two centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 50_000 }), (dayNo) => {
        const expected = new Date(dayNo * 86_400_000).toISOString().slice(0, 10);
        expect(toIsoDate(dayNo)).toBe(expected);
        expect(parseIsoDate(expected)).toBe(dayNo);
        expect(weekdayOf(expected)).toBe(((new Date(dayNo * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('counts weekdays from Monday (1) to Sunday (7)', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-24')).toBe(2);
    expect(weekdayOf('2026-03-31')).toBe(2);
    expect(weekdayOf('2026-10-25')).toBe(7);
  });

  it('crosses the year end and counts whole days both ways', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2027-01-05', -7)).toBe('2026-12-29');
    expect(daysBetween('2026-12-29', '2027-01-05')).toBe(7);
    expect(daysBetween('2027-01-05', '2026-12-29')).toBe(-7);
  });

  it('finds the next given weekday, or the same day when it already is one', () => {
    expect(nextWeekdayOnOrAfter('2026-11-23', 2)).toBe('2026-11-24');
    expect(nextWeekdayOnOrAfter('2026-11-24', 2)).toBe('2026-11-24');
    expect(nextWeekdayOnOrAfter('2026-11-25', 2)).toBe('2026-12-01');
    expect(nextWeekdayOnOrAfter('2026-12-30', 5)).toBe('2027-01-01');
  });
});
