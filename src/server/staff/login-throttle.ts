// Growing delays after failed sign-ins (OWASP ASVS V2.2.1), instead of a lock a stranger could trigger.
// Three counters: the name (any client), the client (any name) and the pair. Once a delay has passed,
// the next try is checked, so the right password gets in; a browser that signed in to the account
// before skips the name's counter, so strangers guessing from elsewhere do not slow its owner.
import type { Queryable } from '../db/database';

interface Rule {
  /** failures before any delay */
  free: number;
  firstMs: number;
  maxMs: number;
}

export const RULES = {
  name: { free: 5, firstMs: 2_000, maxMs: 60_000 },
  client: { free: 10, firstMs: 2_000, maxMs: 15 * 60_000 },
  pair: { free: 3, firstMs: 2_000, maxMs: 15 * 60_000 },
} satisfies Record<string, Rule>;

export type ThrottleScope = keyof typeof RULES;

/** How long after the last failure the next try waits: doubling from `firstMs`, up to `maxMs`. */
export function throttleDelayMs(failures: number, rule: Rule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.firstMs * 2 ** (failures - rule.free), rule.maxMs);
}

export function throttleKeys(name: string, client: string): Record<ThrottleScope, string> {
  return { name: `name:${name}`, client: `client:${client}`, pair: `pair:${name}|${client}` };
}

/** Milliseconds until a try is allowed (0: now), over the scopes that apply. */
export async function waitBeforeTry(db: Queryable, keys: Partial<Record<ThrottleScope, string>>, now: Date): Promise<number> {
  const entries = Object.entries(keys) as [ThrottleScope, string][];
  const rows = await db.query<{ key: string; failures: number; last_failure_at: Date }>(
    'SELECT key, failures, last_failure_at FROM login_throttle WHERE key = ANY($1::text[])',
    [entries.map(([, k]) => k)],
  );
  let wait = 0;
  for (const row of rows) {
    const scope = entries.find(([, k]) => k === row.key)![0];
    const until = new Date(row.last_failure_at).getTime() + throttleDelayMs(row.failures, RULES[scope]);
    wait = Math.max(wait, until - now.getTime());
  }
  return wait;
}

/** Counts a failure on every key; returns the name's failure count. */
export async function recordFailure(db: Queryable, keys: Record<ThrottleScope, string>, now: Date): Promise<number> {
  const rows = await db.query<{ key: string; failures: number }>(
    `INSERT INTO login_throttle (key, failures, last_failure_at) SELECT k, 1, $2 FROM unnest($1::text[]) AS k
     ON CONFLICT (key) DO UPDATE SET failures = login_throttle.failures + 1, last_failure_at = $2
     RETURNING key, failures`,
    [Object.values(keys), now],
  );
  return rows.find((r) => r.key === keys.name)?.failures ?? 1;
}

/** A success clears the name and the pair; the client's count stays (it may be spraying other names). */
export async function clearFailures(db: Queryable, keys: Record<ThrottleScope, string>): Promise<void> {
  await db.query('DELETE FROM login_throttle WHERE key = ANY($1::text[])', [[keys.name, keys.pair]]);
}

/** The admin's unlock: forget every failure counted against the name, from any client. */
export async function unlockName(db: Queryable, name: string): Promise<number> {
  const rows = await db.query('DELETE FROM login_throttle WHERE key = $1 OR starts_with(key, $2) RETURNING key', [
    `name:${name}`,
    `pair:${name}|`,
  ]);
  return rows.length;
}

/** Counters idle for a day are forgotten, so a flood of addresses cannot grow the table for ever. */
export async function forgetOldFailures(db: Queryable, now: Date): Promise<void> {
  await db.query("DELETE FROM login_throttle WHERE last_failure_at < $1::timestamptz - interval '1 day'", [now]);
}
