// Where a report can go next: new → in progress → passed on → closed, forward only; closing needs a note.
import { findBadText } from '../../shared/report';

export const STATUSES = ['new', 'in_progress', 'passed_on', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  new: 'New',
  in_progress: 'In progress',
  passed_on: 'Passed on',
  closed: 'Closed',
};

export const NOTE_MAX = 2000;

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function nextStatuses(from: Status): Status[] {
  return STATUSES.slice(STATUSES.indexOf(from) + 1);
}

export type MoveCheck =
  { ok: true; note: string | null } | { ok: false; problem: 'not_allowed' | 'note_required' | 'note_too_long' | 'note_bad_text' };

export function checkMove(from: Status, to: Status, rawNote: string): MoveCheck {
  if (!nextStatuses(from).includes(to)) return { ok: false, problem: 'not_allowed' };
  const note = rawNote.trim();
  if (note.length > NOTE_MAX) return { ok: false, problem: 'note_too_long' };
  // PostgreSQL text cannot hold NUL or a lone surrogate.
  if (findBadText(note)) return { ok: false, problem: 'note_bad_text' };
  if (to === 'closed' && note === '') return { ok: false, problem: 'note_required' };
  return { ok: true, note: note || null };
}

/** Who a report can be passed on to; the phone names each in the person's language. */
export const PASSED_ON_TO = ['migrant_help', 'council', 'police', 'local_organisation'] as const;
export type PassedOnTo = (typeof PASSED_ON_TO)[number];

export const PASSED_ON_LABELS: Record<PassedOnTo, string> = {
  migrant_help: 'Migrant Help',
  council: 'The council',
  police: 'The police',
  local_organisation: 'A local organisation',
};

export function isPassedOnTo(value: string): value is PassedOnTo {
  return (PASSED_ON_TO as readonly string[]).includes(value);
}

/** The note the person reads on their phone: short, so a volunteer can read it out. */
export const PERSON_NOTE_MAX = 500;

export type PersonCheck =
  | { ok: true; passedOnTo: PassedOnTo | null; personNote: string | null }
  | { ok: false; problem: 'person_note_too_long' | 'person_note_bad_text' };

/** What the person will see of a move: to whom it was passed (when passing on) and an optional note. */
export function checkPersonPart(to: Status, rawPassedOnTo: string, rawNote: string): PersonCheck {
  const passedOnTo = isPassedOnTo(rawPassedOnTo) ? rawPassedOnTo : null;
  const note = rawNote.trim();
  if (note.length > PERSON_NOTE_MAX) return { ok: false, problem: 'person_note_too_long' };
  if (findBadText(note)) return { ok: false, problem: 'person_note_bad_text' };
  return { ok: true, passedOnTo: to === 'passed_on' ? passedOnTo : null, personNote: note || null };
}
