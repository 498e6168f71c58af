// Dates, times and numbers from the bins namespace's own day and month names, not Intl: phone browsers
// ship no date names for Pashto, Sorani, Tigrinya, Somali or Albanian and would show English instead.
// Gregorian calendar and Western digits throughout, as on the council's letters and stickers.
import type { TFunction } from 'i18next';
import type { IsoDate, Weekday } from '../../content/bins/bin-rules';
import { weekdayOf } from './schedule/calendar-date';

function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function formatWeekday(weekday: Weekday, t: TFunction): string {
  return t(`format.weekday.${weekday}`);
}

/** "Tuesday 24 November", with the year when it is not this year's. */
export function formatCollectionDay(date: IsoDate, t: TFunction, thisYear?: number): string {
  const { year, month, day } = parts(date);
  const values = { weekday: formatWeekday(weekdayOf(date), t), day: String(day), month: t(`format.month.${month}`), year: String(year) };
  return t(thisYear === undefined || year !== thisYear ? 'format.dayMonthYear' : 'format.dayMonth', values);
}

export function formatFullDate(date: IsoDate, t: TFunction): string {
  return formatCollectionDay(date, t);
}

export function formatMonthYear(date: IsoDate, t: TFunction): string {
  const { year, month } = parts(date);
  return t('format.monthYear', { month: t(`format.month.${month}`), year: String(year) });
}

/** "Tuesday, Wednesday, Thursday and Friday" in the person's language. */
export function listOf(items: readonly string[], t: TFunction): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('format.list', { items: items.slice(0, -1).join(t('format.separator')), last: items.at(-1)! });
}

export function formatWeekdays(days: readonly Weekday[], t: TFunction): string {
  return listOf(
    days.map((d) => formatWeekday(d, t)),
    t,
  );
}

/** 24-hour clock, as UK timetables print it: 6:30, 16:30. */
export function formatTime(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`;
}

export function formatLitres(litres: number, t: TFunction): string {
  return t('format.litres', { n: String(litres), count: litres });
}

/** Amounts as printed on UK letters: £40, £2.50. */
export function formatPence(pence: number): string {
  const rest = pence % 100;
  return `£${Math.floor(pence / 100)}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

/** Today's date where the bins are: the UK, whatever zone the phone is set to. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const found = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => found.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
