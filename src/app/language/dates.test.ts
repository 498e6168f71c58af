import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/dates.json';
import en from '../../../locales/en/dates.json';
import ti from '../../../locales/ti/dates.json';
import { formatCollectionDay, formatDay, formatWhen } from './dates';
import { i18n } from './i18n';

const t = (lng: string, ns = 'dates') => i18n.getFixedT(lng, ns);
// A moment on the phone's clock: 16:05 on 24 November 2026, whatever zone the test runs in.
const moment = new Date(2026, 10, 24, 16, 5).getTime();

beforeAll(() => {
  for (const [lng, strings] of Object.entries({ ar, en, ti })) i18n.addResourceBundle(lng, 'dates', strings, true);
});

describe('one way to write a date', () => {
  it('English (names in every browser): page dates, receipts and bin days read alike', () => {
    expect(formatDay('2019-12-01', t('en'))).toBe('1 December 2019');
    expect(formatWhen(moment, t('en'))).toBe('24 November 2026, 16:05');
    expect(formatWhen(moment, t('en'), false)).toBe('24 November 2026');
    expect(formatCollectionDay('2026-11-24', t('en', 'bins'), 2026)).toBe('Tuesday 24 November');
  });

  it('Tigrinya (no names in Chromium): the app’s own names, never a bare YYYY-MM-DD or English', () => {
    const day = `24 ${ti.month['11']} 2026`;
    expect(formatDay('2026-11-24', t('ti'))).toBe(day);
    expect(formatWhen(moment, t('ti'))).toBe(`${day}፣ 16:05`);
    expect(formatCollectionDay('2026-11-24', t('ti', 'report'))).toBe(`${ti.weekday['2']}፣ ${day}`);
    expect(formatWhen(moment, t('ti'))).not.toMatch(/[A-Za-z]|2026-11-24/);
  });

  it('Arabic (right to left): Arabic names, Western digits and the Gregorian calendar, as on UK letters', () => {
    const day = `24 ${ar.month['11']} 2026`;
    expect(formatDay('2026-11-24', t('ar'))).toBe(day);
    expect(formatWhen(moment, t('ar'))).toBe(`${day}، 16:05`);
    expect(formatWhen(moment, t('ar'))).not.toMatch(/[\u0660-\u0669]/);
  });

  it.each(['2020', 'September 2020', 'about early 2025', '2024/25', '2027-02-29'])(
    'shows the free-text page date "%s" as written, never as 1 January',
    (text) => {
      expect(formatDay(text, t('en'))).toBe(text);
    },
  );
});
