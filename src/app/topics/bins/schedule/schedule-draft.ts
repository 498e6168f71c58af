// What the setup form holds, and whether it makes a schedule. Errors are codes; the form turns them into words.
import type { AreaBinRules, IsoDate, StreetSchedule, Weekday } from '../../../content/bins/bin-rules';
import { anchorFor, collectsOn, type BinSchedule } from './next-collections';

/** The "I do not know" answer to "which bin goes out this week?". */
export const UNKNOWN_SLOT = 'unknown';

export interface ScheduleDraft {
  weekday: Weekday | null;
  /** a rotation slot id, UNKNOWN_SLOT, or null when not answered */
  slot: string | null;
}

export interface DraftErrors {
  weekday?: 'missing' | 'not-collected';
  slot?: 'missing' | 'unknown';
}

export type DraftResult = { ok: true; schedule: BinSchedule } | { ok: false; errors: DraftErrors };

type SetupRules = Pick<AreaBinRules, 'area' | 'pattern' | 'collectionDays'>;

export function checkWeekday(rules: SetupRules, weekday: Weekday | null): DraftErrors['weekday'] {
  if (weekday === null) return 'missing';
  return collectsOn(rules, weekday) ? undefined : 'not-collected';
}

export function scheduleFromDraft(rules: SetupRules, draft: ScheduleDraft, today: IsoDate): DraftResult {
  const errors: DraftErrors = {};
  const weekdayError = checkWeekday(rules, draft.weekday);
  if (weekdayError) errors.weekday = weekdayError;
  const slots = rules.pattern.rotation;
  if (slots.length > 0) {
    if (draft.slot === UNKNOWN_SLOT) errors.slot = 'unknown';
    else if (!slots.some((s) => s.id === draft.slot)) errors.slot = 'missing';
  }
  if (errors.weekday || errors.slot || draft.weekday === null) return { ok: false, errors };
  return {
    ok: true,
    schedule: {
      area: rules.area,
      weekday: draft.weekday,
      anchor: anchorFor(draft.weekday, today),
      slot: slots.length > 0 ? draft.slot : null,
    },
  };
}

/** A street from the council's published list gives the whole schedule at once. */
export function scheduleFromStreet(rules: SetupRules, street: StreetSchedule): BinSchedule {
  return { area: rules.area, weekday: street.weekday, anchor: street.anchor, slot: street.slot, street: street.street };
}
