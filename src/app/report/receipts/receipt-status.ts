// Which receipts to ask about and what the server's answer means, as pure functions over plain data.
// At most one answered question an hour per receipt; a closed report is never asked about again.
import type { Receipt, SeenStatus } from '../../storage/db';

export const CHECK_EVERY_MS = 3600_000;
/** a failed question (no signal) is tried again on the next trigger, but not sooner than this */
export const RETRY_AFTER_FAILURE_MS = 60_000;

const STATUSES: readonly string[] = ['new', 'in_progress', 'passed_on', 'closed'];
const PASSED_ON_TO: readonly string[] = ['migrant_help', 'council', 'police', 'local_organisation'];
const NOTE_MAX = 500;

/** Still worth asking: it has a token, is not closed, and the last answer is an hour old (or from a clock now behind). */
export function isDue(r: Receipt, now: number): boolean {
  if (!r.statusToken || r.seen?.status === 'closed') return false;
  if (r.checkedAt === undefined || r.checkedAt > now) return true;
  return now - r.checkedAt >= CHECK_EVERY_MS;
}

export function isTracked(r: Receipt): boolean {
  return Boolean(r.statusToken) && r.seen?.status !== 'closed';
}

/** The status answer in its one shape, or undefined (a portal's page, an old server, anything else). */
export function readStatusAnswer(body: unknown): SeenStatus | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { status, changedAt, passedOnTo, note } = body as Record<string, unknown>;
  if (typeof status !== 'string' || !STATUSES.includes(status)) return undefined;
  if (typeof changedAt !== 'string' || Number.isNaN(Date.parse(changedAt))) return undefined;
  const seen: SeenStatus = { status: status as SeenStatus['status'], changedAt };
  if (typeof passedOnTo === 'string' && PASSED_ON_TO.includes(passedOnTo)) seen.passedOnTo = passedOnTo as SeenStatus['passedOnTo'];
  if (typeof note === 'string' && note.trim()) seen.note = note.slice(0, NOTE_MAX);
  return seen;
}

const PASSED_TO_KEYS = {
  migrant_help: 'progress.passedToMigrantHelp',
  council: 'progress.passedToCouncil',
  police: 'progress.passedToPolice',
  local_organisation: 'progress.passedToLocal',
} as const;

/** The translation key for a status: "passed on" names who, when the server said. */
export function statusKey(seen: SeenStatus): string {
  if (seen.status === 'passed_on' && seen.passedOnTo) return PASSED_TO_KEYS[seen.passedOnTo];
  return `progress.${seen.status}`;
}
