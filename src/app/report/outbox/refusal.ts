// A server that gives the same 5xx (or 408) to one report for a whole day will not change its mind by
// itself: the report stops retrying silently and asks the person (edit it, try again, or show a helper).
export const STUCK_AFTER_MS = 24 * 3600_000;
/** tries needed as well as the day, so a device clock that jumps forward cannot park a report after one 500 */
export const STUCK_MIN_TRIES = 20;

export interface Refusal {
  /** the HTTP status the server keeps answering */
  status: number;
  /** device time of the first answer in the run */
  since: number;
  tries: number;
}

export function isRefusalStatus(status: number): boolean {
  return status === 408 || status >= 500;
}

/**
 * The run of identical refusals after one more answer. `status` undefined means no answer at all
 * (offline, timeout): that neither counts nor breaks the run. Any other answer starts over.
 */
export function nextRefusal(run: Refusal | undefined, status: number | undefined, now: number): Refusal | undefined {
  if (status === undefined) return run;
  if (!isRefusalStatus(status)) return undefined;
  // A clock that went backwards would stretch the day for ever: start the run again from now.
  if (run && run.status === status && now >= run.since) return { ...run, tries: run.tries + 1 };
  return { status, since: now, tries: 1 };
}

export function isStuck(run: Refusal | undefined, now: number): boolean {
  return run !== undefined && run.tries >= STUCK_MIN_TRIES && now - run.since >= STUCK_AFTER_MS;
}
