import { beforeAll, describe, expect, it } from 'vitest';
import am from '../../../../locales/am/dates.json';
import en from '../../../../locales/en/bins.json';
import enDates from '../../../../locales/en/dates.json';
import ps from '../../../../locales/ps/dates.json';
import ti from '../../../../locales/ti/bins.json';
import tiDates from '../../../../locales/ti/dates.json';
import { formatCollectionDay, formatMonthYear, formatTime, todayInLondon } from '../../language/dates';
import { i18n } from '../../language/i18n';
import { formatWeekdays } from './bin-words';

const t = (lng: string) => i18n.getFixedT(lng, 'bins');

beforeAll(() => {
  for (const [lng, strings] of Object.entries({ en, ti })) i18n.addResourceBundle(lng, 'bins', strings, true);
  for (const [lng, strings] of Object.entries({ am, en: enDates, ps, ti: tiDates })) i18n.addResourceBundle(lng, 'dates', strings, true);
});

describe('dates in the person’s language', () => {
  it('uses the language’s own day and month names, even where the browser has none', () => {
    expect(formatCollectionDay('2026-11-24', t('ps'), 2026)).toBe(`${ps.weekday['2']} 24 ${ps.month['11']}`);
    expect(formatCollectionDay('2026-11-24', t('en'), 2026)).toBe('Tuesday 24 November');
  });

  it('follows each language’s order of day and month', () => {
    expect(formatCollectionDay('2026-11-24', t('am'), 2026)).toBe(`${am.weekday['2']}፣ ${am.month['11']} 24`);
  });

  it('adds the year only when it is not this year', () => {
    expect(formatCollectionDay('2027-01-05', t('en'), 2026)).toBe('Tuesday 5 January 2027');
    expect(formatCollectionDay('2027-01-05', t('en'))).toBe('Tuesday 5 January 2027');
    expect(formatMonthYear('2019-06-01', t('en'))).toBe('June 2019');
  });

  it('joins days with the language’s own "and"', () => {
    expect(formatWeekdays([2, 3, 4, 5], t('en'))).toBe('Tuesday, Wednesday, Thursday and Friday');
    expect(formatWeekdays([2, 3, 4, 5], t('ti'))).toBe(
      `${tiDates.weekday['2']}፣ ${tiDates.weekday['3']}፣ ${tiDates.weekday['4']}ን ${tiDates.weekday['5']}ን`,
    );
    expect(formatWeekdays([3], t('en'))).toBe('Wednesday');
  });

  it('writes times on the 24-hour clock with two-digit minutes', () => {
    expect([formatTime(6, 30), formatTime(7, 0), formatTime(18, 0), formatTime(16, 30)]).toEqual(['6:30', '7:00', '18:00', '16:30']);
  });

  it('knows today’s date in the UK across the clock changes, whatever the phone’s zone', () => {
    expect(todayInLondon(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25'); // 00:30 BST
    expect(todayInLondon(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25'); // 23:30 GMT
    expect(todayInLondon(new Date('2026-12-31T23:59:00Z'))).toBe('2026-12-31');
    expect(todayInLondon(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
  });
});
