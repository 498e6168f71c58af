// The bin schedule kept on this phone, one key per area so switching area never applies another council's days.
// Storage may hold anything: every read is checked against the area's rules (local-store keeps it from throwing).
import { AREA_IDS, type AreaId } from '../../../../shared/areas';
import type { Weekday } from '../../../content/bins/bin-rules';
import { binScheduleKey, readStored, writeStored } from '../../../storage/local-store';
import { findScheduleProblem, type BinSchedule, type ScheduleProblem, type ScheduleRules } from './next-collections';

const VERSION = 1;

export const storageKey = binScheduleKey;

export type SavedSchedule =
  { kind: 'none' } | { kind: 'ok'; schedule: BinSchedule } | { kind: 'unusable'; problem: ScheduleProblem | 'corrupt' };

function parse(raw: string): BinSchedule | null {
  try {
    const v = JSON.parse(raw) as Record<string, unknown> | null;
    if (!v || typeof v !== 'object' || v.v !== VERSION) return null;
    if (typeof v.area !== 'string' || typeof v.anchor !== 'string' || typeof v.weekday !== 'number') return null;
    if (v.slot !== null && typeof v.slot !== 'string') return null;
    const schedule: BinSchedule = { area: v.area as AreaId, weekday: v.weekday as Weekday, anchor: v.anchor, slot: v.slot };
    if (typeof v.street === 'string') schedule.street = v.street;
    return schedule;
  } catch {
    return null;
  }
}

export function readSavedSchedule(rules: ScheduleRules): SavedSchedule {
  const raw = readStored(storageKey(rules.area));
  if (raw === null) return { kind: 'none' };
  const schedule = parse(raw);
  if (!schedule) return { kind: 'unusable', problem: 'corrupt' };
  const problem = findScheduleProblem(rules, schedule);
  return problem ? { kind: 'unusable', problem } : { kind: 'ok', schedule };
}

/** True when the phone kept it; false when storage is blocked (the page still shows it until closed). */
export function saveSchedule(schedule: BinSchedule): boolean {
  return writeStored(storageKey(schedule.area), JSON.stringify({ v: VERSION, ...schedule }));
}

// Nothing kept, nothing to forget.
export function forgetSchedule(area: AreaId): void {
  writeStored(storageKey(area), null);
}

/** Other areas with a schedule saved here: after moving area, it must not be used, but the person should know. */
export function otherAreasWithSchedule(area: AreaId): AreaId[] {
  return AREA_IDS.filter((other) => other !== area && readStored(storageKey(other)) !== null);
}
