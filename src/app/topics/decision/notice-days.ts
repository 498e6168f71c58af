// The days-left helper's arithmetic: from the date on a letter and the usual notice, the end day, the lock-change day
// and the days left. Pure calendar days, so a clock change or the phone's time zone cannot move a day.
import type { IsoDate } from '../../content/bins/bin-rules';
import { addDays, daysBetween, parseIsoDate } from '../bins/schedule/calendar-date';

export interface NoticeRule {
  /** days from the letter to the end of the notice */
  ends: number;
  /** day of the notice on which a lock-change notice usually comes */
  lock: number;
}

export interface NoticeDays {
  ends: IsoDate;
  lock: IsoDate;
  /** whole days from today to the end (0 on the last day, negative once passed) */
  left: number;
}

const DIGITS = /^\d{1,4}$/;

/** The letter's date from what was typed, or null when it is not a real day (31 February, month 13, a 2-digit year). */
export function letterDate(day: string, month: string, year: string): IsoDate | null {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (![d, m, y].every((part) => DIGITS.test(part)) || y.length !== 4) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return parseIsoDate(iso) === null ? null : iso;
}

export function noticeDays(letter: IsoDate, rule: NoticeRule, today: IsoDate): NoticeDays {
  const ends = addDays(letter, rule.ends);
  return { ends, lock: addDays(letter, rule.lock), left: daysBetween(today, ends) };
}
