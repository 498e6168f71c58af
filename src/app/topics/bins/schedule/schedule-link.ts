// The person's bin day in a hand-over link: `?bin=<area>.<anchor YYYYMMDD>[.<slot>]`, short so the QR code stays easy to scan.
// Only the schedule's own fields travel (never the street); the weekday is the anchor's, and every read is checked against the rules.
import type { AreaId } from '../../../../shared/areas';
import { isIsoDate, weekdayOf } from './calendar-date';
import { findScheduleProblem, type BinSchedule, type ScheduleRules } from './next-collections';

export const SCHEDULE_PARAM = 'bin';

const LINK = /^([a-z][a-z0-9-]{0,31})\.(\d{4})(\d{2})(\d{2})(?:\.([a-z0-9-]{1,16}))?$/;

export function encodeScheduleLink(schedule: BinSchedule): string {
  const parts = [schedule.area, schedule.anchor.replace(/-/g, '')];
  if (schedule.slot !== null) parts.push(schedule.slot);
  return `${SCHEDULE_PARAM}=${parts.join('.')}`;
}

/** The schedule a link carries for this area, or null for anything else (garbage, another area, a day this council does not collect). */
export function decodeScheduleLink(rules: ScheduleRules, value: string | null | undefined): BinSchedule | null {
  const m = typeof value === 'string' ? LINK.exec(value) : null;
  if (!m || m[1] !== rules.area) return null;
  const anchor = `${m[2]}-${m[3]}-${m[4]}`;
  if (!isIsoDate(anchor)) return null;
  const schedule: BinSchedule = { area: m[1] as AreaId, weekday: weekdayOf(anchor), anchor, slot: m[5] ?? null };
  return findScheduleProblem(rules, schedule) ? null : schedule;
}

/** The link's schedule from a page address's query string (`location.search`). */
export function scheduleFromSearch(rules: ScheduleRules, search: string): BinSchedule | null {
  return decodeScheduleLink(rules, new URLSearchParams(search).get(SCHEDULE_PARAM));
}
