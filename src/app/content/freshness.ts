// When a fact was last checked, and whether that is long enough ago to warn people it may be out of date.
import type { Sourced } from './fact';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCheckDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** True when the check is more than 12 months before today (a future date is treated as fresh). */
export function isPossiblyOutOfDate(checked: string, today: Date): boolean {
  if (!isCheckDate(checked)) return true;
  const [y, m, d] = checked.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y + 1, m - 1, d));
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return now > limit.getTime();
}

/** The oldest check among facts: what "Last checked" honestly means for a page. */
export function oldestCheck(facts: readonly Sourced[]): string | undefined {
  return facts.map((f) => f.checked).sort()[0];
}
