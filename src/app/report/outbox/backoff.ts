// When to try a report again: 1 s doubling to a 5 minute cap, a little jitter, and the server's Retry-After honoured.
// Waits are measured from the last try, so a device clock that jumps backwards makes an item due, never stuck.
export const BACKOFF = {
  firstMs: 1000,
  capMs: 5 * 60_000,
  /** a Retry-After longer than this is treated as this (a broken header must not park reports for days) */
  maxRetryAfterMs: 60 * 60_000,
} as const;

/** The wait after `failures` failed tries (1 = the first failure). Up to a quarter early, never over the cap. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const base = Math.min(BACKOFF.firstMs * 2 ** exponent, BACKOFF.capMs);
  return Math.round(base * (0.75 + 0.25 * random()));
}

/** The wait before the next try: the backoff, or the server's Retry-After when that is longer. */
export function nextWaitMs(failures: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const backoff = backoffMs(failures, random);
  if (retryAfterMs === undefined || !Number.isFinite(retryAfterMs)) return backoff;
  return Math.max(backoff, Math.min(Math.max(0, retryAfterMs), BACKOFF.maxRetryAfterMs));
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; bare numbers like "-5" are not dates.
  const at = /[A-Za-z]/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface Waiting {
  triedAt?: number;
  waitMs?: number;
}

/** Milliseconds until the item may be tried again (0 = now). */
export function dueInMs(item: Waiting, now: number): number {
  if (item.triedAt === undefined || item.waitMs === undefined) return 0;
  // The clock went back (or was wrong before): waiting on it could mean waiting for years.
  if (now < item.triedAt) return 0;
  return Math.max(0, item.triedAt + item.waitMs - now);
}
