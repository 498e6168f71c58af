// Which bins go out when: the area's pattern, the person's day and "this week" anchor, and the council's dated changes.
// Pure and calendar-only: every date is a YYYY-MM-DD day, so clock changes and time zones never move a collection.
import type { AreaId } from '../../../../shared/areas';
import type { AreaBinRules, IsoDate, RotationSlot, Weekday } from '../../../content/bins/bin-rules';
import { addDays, daysBetween, isIsoDate, isWeekday, nextWeekdayOnOrAfter, weekdayOf } from './calendar-date';

export interface BinSchedule {
  area: AreaId;
  weekday: Weekday;
  /** a collection day, and the rotation slot collected on it (null when every week is the same) */
  anchor: IsoDate;
  slot: string | null;
  street?: string;
}

export interface Collection {
  date: IsoDate;
  containers: readonly string[];
  /** regular collection days the council moved to this one */
  movedFrom: readonly IsoDate[];
}

export type ScheduleProblem = 'other-area' | 'day-not-collected' | 'bad-anchor' | 'missing-slot' | 'unknown-slot';

export type ScheduleRules = Pick<AreaBinRules, 'area' | 'containers' | 'pattern' | 'collectionDays' | 'exceptions'>;

export type NextCollections = { ok: true; collections: Collection[] } | { ok: false; problem: ScheduleProblem };

/** Why a schedule cannot be used in this area, or null when it can. */
export function findScheduleProblem(rules: ScheduleRules, schedule: BinSchedule): ScheduleProblem | null {
  if (schedule.area !== rules.area) return 'other-area';
  if (!isWeekday(schedule.weekday) || !collectsOn(rules, schedule.weekday)) return 'day-not-collected';
  if (!isIsoDate(schedule.anchor) || weekdayOf(schedule.anchor) !== schedule.weekday) return 'bad-anchor';
  const slots = rules.pattern.rotation;
  if (slots.length === 0) return schedule.slot === null ? null : 'unknown-slot';
  if (schedule.slot === null) return 'missing-slot';
  return slots.some((s) => s.id === schedule.slot) ? null : 'unknown-slot';
}

/** False only where a source lists the council's collection days and this is not one of them. */
export function collectsOn(rules: Pick<AreaBinRules, 'collectionDays'>, weekday: Weekday): boolean {
  return !rules.collectionDays || rules.collectionDays.days.includes(weekday);
}

/** "Which bin goes out this week?" is asked about this day: the first collection day on or after the day it is asked. */
export function anchorFor(weekday: Weekday, answeredOn: IsoDate): IsoDate {
  return nextWeekdayOnOrAfter(answeredOn, weekday);
}

export function slotOn(rules: ScheduleRules, schedule: BinSchedule, date: IsoDate): RotationSlot | null {
  const slots = rules.pattern.rotation;
  if (slots.length === 0) return null;
  const weeks = Math.floor(daysBetween(schedule.anchor, date) / 7);
  const start = slots.findIndex((s) => s.id === schedule.slot);
  return slots[(((start + weeks) % slots.length) + slots.length) % slots.length]!;
}

/** The pattern alone, before any dated change: every collection day from `from` to `until`, both included. */
export function regularCollections(rules: ScheduleRules, schedule: BinSchedule, from: IsoDate, until: IsoDate): Collection[] {
  const out: Collection[] = [];
  for (let day = nextWeekdayOnOrAfter(from, schedule.weekday); daysBetween(day, until) >= 0; day = addDays(day, 7)) {
    const containers = [...rules.pattern.weekly, ...(slotOn(rules, schedule, day)?.containers ?? [])];
    if (containers.length > 0) out.push({ date: day, containers: inOrder(rules, containers), movedFrom: [] });
  }
  return out;
}

/** Collections from `from` to `until` with the council's moved and cancelled days applied. */
export function collectionsBetween(rules: ScheduleRules, schedule: BinSchedule, from: IsoDate, until: IsoDate): Collection[] {
  const reach = Math.max(0, ...rules.exceptions.map((e) => (e.moveTo ? Math.abs(daysBetween(e.date, e.moveTo)) : 0)));
  const days = new Map<IsoDate, { containers: string[]; movedFrom: Set<IsoDate> }>();
  const put = (date: IsoDate, id: string, movedFrom?: IsoDate) => {
    const entry = days.get(date) ?? { containers: [], movedFrom: new Set<IsoDate>() };
    if (!entry.containers.includes(id)) entry.containers.push(id);
    if (movedFrom) entry.movedFrom.add(movedFrom);
    days.set(date, entry);
  };
  for (const regular of regularCollections(rules, schedule, addDays(from, -reach), addDays(until, reach))) {
    for (const id of regular.containers) {
      const change = rules.exceptions.find((e) => e.date === regular.date && (!e.containers || e.containers.includes(id)));
      if (!change) put(regular.date, id);
      else if (change.moveTo) put(change.moveTo, id, regular.date);
    }
  }
  return [...days.entries()]
    .filter(([date]) => daysBetween(from, date) >= 0 && daysBetween(date, until) >= 0)
    .sort(([a], [b]) => daysBetween(b, a))
    .map(([date, e]) => ({ date, containers: inOrder(rules, e.containers), movedFrom: [...e.movedFrom].sort() }));
}

/** The next `count` collections on or after `from`, or why the schedule cannot be used. */
export function nextCollections(rules: ScheduleRules, schedule: BinSchedule, from: IsoDate, count: number): NextCollections {
  const problem = findScheduleProblem(rules, schedule);
  if (problem) return { ok: false, problem };
  for (let weeks = 8; ; weeks *= 2) {
    const found = collectionsBetween(rules, schedule, from, addDays(from, weeks * 7 - 1));
    if (found.length >= count || weeks >= 512) return { ok: true, collections: found.slice(0, count) };
  }
}

/** True in the Monday-to-Sunday weeks holding 25 December or 1 January, when councils change collections. */
export function isFestiveWeek(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return [`${year}-12-25`, `${year}-01-01`, `${year + 1}-01-01`].some((day) => {
    const monday = addDays(day, 1 - weekdayOf(day));
    return daysBetween(monday, date) >= 0 && daysBetween(date, addDays(monday, 6)) >= 0;
  });
}

function inOrder(rules: ScheduleRules, ids: readonly string[]): string[] {
  const rank = (id: string) => rules.containers.findIndex((c) => c.id === id);
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
}
