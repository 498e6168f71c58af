// Evidence for councils: reports counted by area × category × month (UK time). Counts from 1 to 4 are
// shown as "<5" so no one can be picked out; no totals are given, since totals would undo that.
import { AREA_IDS } from '../../shared/areas';
import { CATEGORIES } from '../../shared/report';
import type { Queryable } from '../db/database';

export const SUPPRESS_BELOW = 5;

export interface EvidenceCount {
  area: string;
  category: string;
  month: string;
  n: number;
}

export interface EvidenceTable {
  area: string;
  months: string[];
  rows: { category: string; cells: string[] }[];
}

export function suppress(n: number): string {
  return n > 0 && n < SUPPRESS_BELOW ? `<${SUPPRESS_BELOW}` : String(n);
}

/** Months from `from` to `to` inclusive, both "YYYY-MM". */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while ((y < ty || (y === ty && m <= tm)) && months.length < 120) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export function buildEvidence(
  counts: readonly EvidenceCount[],
  months: readonly string[],
  areas: readonly string[] = AREA_IDS,
): EvidenceTable[] {
  const key = (a: string, c: string, m: string) => `${a}|${c}|${m}`;
  const byKey = new Map(counts.map((c) => [key(c.area, c.category, c.month), c.n]));
  return areas.map((area) => ({
    area,
    months: [...months],
    rows: CATEGORIES.map((category) => ({ category, cells: months.map((m) => suppress(byKey.get(key(area, category, m)) ?? 0)) })),
  }));
}

export function countEvidence(db: Queryable, fromMonth: string, toMonth: string): Promise<EvidenceCount[]> {
  return db.query<EvidenceCount>(
    `SELECT area, category, to_char(received_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month, count(*)::int AS n
     FROM reports
     WHERE received_at >= (($1 || '-01')::date::timestamp AT TIME ZONE 'Europe/London')
       AND received_at < ((($2 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/London')
     GROUP BY 1, 2, 3`,
    [fromMonth, toMonth],
  );
}

// Years from 1901, so that the year before is still one PostgreSQL can hold (there is no year 0).
const MONTH = /^(19\d\d|[2-9]\d{3})-(0[1-9]|1[0-2])$/;

/** Twelve months ending with `to` (default: this month) unless valid months are asked for. */
export function evidenceRange(query: { from?: string; to?: string }, now: Date): { from: string; to: string } {
  const to = query.to && MONTH.test(query.to) && query.to > '1900-12' ? query.to : now.toISOString().slice(0, 7);
  const [y, m] = to.split('-').map(Number) as [number, number];
  const yearBefore = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  const from = query.from && MONTH.test(query.from) && query.from <= to ? query.from : yearBefore;
  return { from, to };
}

/** The months that were typed but cannot be used (not a month, or from after to). */
export function rangeProblems(query: { from?: string; to?: string }, range: { from: string; to: string }): ('from' | 'to')[] {
  const problems: ('from' | 'to')[] = [];
  if (query.to?.trim() && query.to !== range.to) problems.push('to');
  if (query.from?.trim() && query.from !== range.from) problems.push('from');
  return problems;
}
