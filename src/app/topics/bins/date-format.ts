// Dates, times and numbers in the person's language, always on the Gregorian calendar with Western digits,
// so they match the council's letters and stickers. Calendar days are formatted at UTC noon: no time zone can shift them.
import type { IsoDate, Weekday } from '../../content/bins/bin-rules';
import { addDays } from './calendar-date';

const BASE = { calendar: 'gregory', numberingSystem: 'latn', timeZone: 'UTC' } as const;

function noonUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** "Tuesday 24 November", with the year when it is not this year's. */
export function formatCollectionDay(date: IsoDate, bcp47: string, thisYear?: number): string {
  const withYear = thisYear !== undefined && Number(date.slice(0, 4)) !== thisYear;
  return new Intl.DateTimeFormat(bcp47, { ...BASE, weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(noonUtc(date));
}

export function formatFullDate(date: IsoDate, bcp47: string): string {
  return new Intl.DateTimeFormat(bcp47, { ...BASE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(noonUtc(date));
}

export function formatMonthYear(date: IsoDate, bcp47: string): string {
  return new Intl.DateTimeFormat(bcp47, { ...BASE, month: 'long', year: 'numeric' }).format(noonUtc(date));
}

export function formatWeekday(weekday: Weekday, bcp47: string): string {
  // 23 November 2026 was a Monday.
  return new Intl.DateTimeFormat(bcp47, { ...BASE, weekday: 'long' }).format(noonUtc(addDays('2026-11-23', weekday - 1)));
}

export function formatWeekdays(days: readonly Weekday[], bcp47: string): string {
  return new Intl.ListFormat(bcp47, { type: 'conjunction' }).format(days.map((d) => formatWeekday(d, bcp47)));
}

export function formatTime(hour: number, minute: number, bcp47: string): string {
  return new Intl.DateTimeFormat(bcp47, { ...BASE, hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2026, 0, 1, hour, minute)));
}

export function formatNumber(n: number, bcp47: string, unit?: 'liter'): string {
  return new Intl.NumberFormat(bcp47, { numberingSystem: 'latn', ...(unit ? { style: 'unit', unit, unitDisplay: 'short' } : {}) }).format(n);
}

/** Amounts as printed on UK letters: £40, £2.50. */
export function formatPence(pence: number): string {
  const rest = pence % 100;
  return `£${Math.floor(pence / 100)}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

export function listOf(items: readonly string[], bcp47: string): string {
  return new Intl.ListFormat(bcp47, { type: 'conjunction' }).format(items);
}

/** Today's date where the bins are: the UK, whatever zone the phone is set to. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
