// The one way a date is written. Every language declares its month and weekday names and its patterns in
// locales/<lng>/dates.json, and every date in the app is made from them: phone browsers have no
// names for some languages (Chromium 156: ps, ckb, ti, sq, so fall back to US English; pa claims support
// and prints "M11"), so Intl cannot be trusted to say which, and mixing the two would give two formats.
// Gregorian calendar and Western digits, as on UK letters, stickers and receipts.
import type { TFunction } from './translator';
import type { IsoDate, Weekday } from '../content/bins/bin-rules';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
}

// A page date may be free text ("2020", "September 2020"): only a real YYYY-MM-DD is a day.
function partsOf(iso: string): Parts | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day, weekday: (((date.getUTCDay() + 6) % 7) + 1) as Weekday };
}

function values(p: Parts, t: TFunction) {
  return { weekday: formatWeekday(p.weekday, t), day: String(p.day), month: t(`dates:month.${p.month}`), year: String(p.year) };
}

export function formatWeekday(weekday: Weekday, t: TFunction): string {
  return t(`dates:weekday.${weekday}`);
}

/** "24 November 2026" in the reader's language; free text ("September 2020") as written. */
export function formatDay(iso: string, t: TFunction): string {
  const p = partsOf(iso);
  return p ? t('dates:day', values(p, t)) : iso;
}

/** "Tuesday 24 November", with the year when it is not this year's. */
export function formatCollectionDay(date: IsoDate, t: TFunction, thisYear?: number): string {
  const p = partsOf(date);
  if (!p) return date;
  return t(thisYear === undefined || p.year !== thisYear ? 'dates:dayMonthYear' : 'dates:dayMonth', values(p, t));
}

export function formatMonthYear(date: IsoDate, t: TFunction): string {
  const p = partsOf(date);
  return p ? t('dates:monthYear', values(p, t)) : date;
}

/** 24-hour clock, as UK timetables print it: 6:30, 16:30. */
export function formatTime(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`;
}

/** A moment on this phone's clock (a report saved, sent, the offline copy kept): its day, and its time unless asked not to. */
export function formatWhen(time: number, t: TFunction, withTime = true): string {
  const at = new Date(time);
  const date = formatDay(dayOnThisPhone(at), t);
  return withTime ? t('dates:dateTime', { date, time: formatTime(at.getHours(), at.getMinutes()) }) : date;
}

/** The calendar day (YYYY-MM-DD) a moment falls on by this phone's clock. */
export function dayOnThisPhone(at: Date = new Date()): IsoDate {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** Today's date where the bins are: the UK, whatever zone the phone is set to. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const found = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => found.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
