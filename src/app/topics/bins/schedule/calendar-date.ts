// Calendar days as whole day numbers (days since 1970-01-01), never clock times,
// so a BST/GMT change, a leap year or the phone's time zone cannot shift a bin day.
import type { IsoDate, Weekday } from '../../../content/bins/bin-rules';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Howard Hinnant's days_from_civil: exact for every Gregorian date. */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a real date written YYYY-MM-DD, or null (2027-02-29 is not one). */
export function parseIsoDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf(year, month, day);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

function dayNumber(date: IsoDate): number {
  const n = parseIsoDate(date);
  if (n === null) throw new RangeError(`Not a calendar date: ${date}`);
  return n;
}

export function toIsoDate(dayNo: number): IsoDate {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(dayNumber(date) + days);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function weekdayOf(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** The first day on or after `from` that falls on `weekday`. */
export function nextWeekdayOnOrAfter(from: IsoDate, weekday: Weekday): IsoDate {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}
