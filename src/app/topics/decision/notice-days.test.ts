import { describe, expect, it } from 'vitest';
import { letterDate, noticeDays } from './notice-days';

describe('the days-left helper', () => {
  it('reads a real day from what was typed, with or without leading zeros', () => {
    expect(letterDate('3', '11', '2026')).toBe('2026-11-03');
    expect(letterDate(' 03 ', '09', '2026')).toBe('2026-09-03');
    expect(letterDate('29', '2', '2028')).toBe('2028-02-29');
  });
  it.each([
    ['31', '2', '2026'],
    ['29', '2', '2027'],
    ['1', '13', '2026'],
    ['0', '5', '2026'],
    ['12', '5', '26'],
    ['', '5', '2026'],
    ['1e1', '5', '2026'],
  ])('rejects %s/%s/%s', (d, m, y) => {
    expect(letterDate(d, m, y)).toBeNull();
  });
  it('counts the end, the lock-change day and the days left across a month and a year', () => {
    expect(noticeDays('2026-12-10', { ends: 28, lock: 21 }, '2026-12-20')).toEqual({ ends: '2027-01-07', lock: '2026-12-31', left: 18 });
    expect(noticeDays('2028-02-10', { ends: 21, lock: 14 }, '2028-02-10')).toEqual({ ends: '2028-03-02', lock: '2028-02-24', left: 21 });
  });
  it('says 0 on the last day and a negative number once it has passed', () => {
    expect(noticeDays('2026-11-01', { ends: 28, lock: 21 }, '2026-11-29').left).toBe(0);
    expect(noticeDays('2026-11-01', { ends: 28, lock: 21 }, '2026-12-01').left).toBe(-2);
  });
});
