// The bin schedule kept on this phone, one key per area so switching area never applies another council's days.
// localStorage can throw (private mode) or hold anything: every read is checked against the area's rules.
import { AREA_IDS, type AreaId } from '../../../../shared/areas';
import type { Weekday } from '../../../content/bins/bin-rules';
import { findScheduleProblem, type BinSchedule, type ScheduleProblem, type ScheduleRules } from './next-collections';

const VERSION = 1;

export function storageKey(area: AreaId): string {
  return `waymark.bins.${area}`;
}

export type SavedSchedule =
  | { kind: 'none' }
  | { kind: 'ok'; schedule: BinSchedule }
  | { kind: 'unusable'; problem: ScheduleProblem | 'corrupt' };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

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
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(storageKey(rules.area)) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  const schedule = parse(raw);
  if (!schedule) return { kind: 'unusable', problem: 'corrupt' };
  const problem = findScheduleProblem(rules, schedule);
  return problem ? { kind: 'unusable', problem } : { kind: 'ok', schedule };
}

/** True when the phone kept it; false when storage is blocked (the page still shows it until closed). */
export function saveSchedule(schedule: BinSchedule): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(storageKey(schedule.area), JSON.stringify({ v: VERSION, ...schedule }));
    return true;
  } catch {
    return false;
  }
}

export function forgetSchedule(area: AreaId): void {
  try {
    storage()?.removeItem(storageKey(area));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Other areas with a schedule saved here: after moving area, it must not be used, but the person should know. */
export function otherAreasWithSchedule(area: AreaId): AreaId[] {
  return AREA_IDS.filter((other) => {
    if (other === area) return false;
    try {
      return storage()?.getItem(storageKey(other)) != null;
    } catch {
      return false;
    }
  });
}
