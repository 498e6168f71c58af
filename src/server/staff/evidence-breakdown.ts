// Evidence beyond category × month: reports by problem, by the person's language and by postcode district,
// over the chosen months, with the same "<5". A breakdown that adds up exactly would give the total the
// month table hides, so when that table hides a count, the breakdown's smallest shown count is hidden too.
import { CATEGORIES } from '../../shared/report';
import type { Queryable } from '../db/database';
import { suppress, SUPPRESS_BELOW, type EvidenceTable } from './evidence';

export type Dimension = 'problem' | 'language' | 'postcode';
export const HIDDEN = 'hidden';

export interface BreakdownCount {
  area: string;
  /** the category for problems; '' for language and postcode (they span every category) */
  category: string;
  key: string;
  n: number;
}

export interface Breakdown {
  area: string;
  dimension: Dimension;
  category: string;
  rows: { key: string; cell: string }[];
}

const COLUMN: Record<Dimension, string> = { problem: 'problem', language: 'language', postcode: 'postcode_district' };

export function countBreakdown(db: Queryable, dimension: Dimension, fromMonth: string, toMonth: string): Promise<BreakdownCount[]> {
  const column = COLUMN[dimension];
  const category = dimension === 'problem' ? 'category' : "''";
  return db.query<BreakdownCount>(
    `SELECT area, ${category} AS category, ${column} AS key, count(*)::int AS n
     FROM reports
     WHERE ${column} IS NOT NULL
       AND received_at >= (($1 || '-01')::date::timestamp AT TIME ZONE 'Europe/London')
       AND received_at < ((($2 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/London')
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC, 3`,
    [fromMonth, toMonth],
  );
}

/** True when the month table hides a count in the rows this breakdown adds up to. */
function monthsHideSome(tables: readonly EvidenceTable[], area: string, category: string): boolean {
  const table = tables.find((t) => t.area === area);
  const rows = table?.rows.filter((r) => category === '' || r.category === category) ?? [];
  return rows.some((r) => r.cells.some((c) => c.startsWith('<')));
}

export function buildBreakdowns(
  counts: readonly BreakdownCount[],
  dimension: Dimension,
  months: readonly EvidenceTable[],
  areas: readonly string[],
): Breakdown[] {
  const out: Breakdown[] = [];
  for (const area of areas) {
    const categories = dimension === 'problem' ? CATEGORIES : [''];
    for (const category of categories) {
      const group = counts.filter((c) => c.area === area && c.category === category);
      if (!group.length) continue;
      const rows = group.map((c) => ({ key: c.key, n: c.n, cell: suppress(c.n) }));
      // Postcodes are only given by some, so their sum is no total the month table hides.
      const exact = rows.every((r) => r.n >= SUPPRESS_BELOW);
      if (dimension !== 'postcode' && exact && monthsHideSome(months, area, category)) {
        const smallest = rows.reduce((a, b) => (b.n < a.n ? b : a));
        smallest.cell = HIDDEN;
      }
      out.push({ area, dimension, category, rows: rows.map(({ key, cell }) => ({ key, cell })) });
    }
  }
  return out;
}
