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
