// Which facts are due for re-checking, and why: checked more than 6 months ago, a source page seen since with a newer
// date, or marked CHECK. Pure: the desk's home counts them per area and the re-check page lists them.
import type { AreaPack, PackFact } from '../../shared/pack-schema';

export const RECHECK_MONTHS = 6;

export interface DueFact {
  fact: PackFact;
  reasons: string[];
}

/** The day `months` after a YYYY-MM-DD day (the 31st of a short month rolls to the next month's start, as Date does). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/** `pageDates`: source URL → the newest page date an editor has seen on it (YYYY-MM-DD). */
export function dueFacts(pack: AreaPack, today: Date, pageDates: ReadonlyMap<string, string>): DueFact[] {
  const day = today.toISOString().slice(0, 10);
  const due: DueFact[] = [];
  for (const fact of pack.facts) {
    const reasons: string[] = [];
    if (addMonths(fact.checked, RECHECK_MONTHS) < day) reasons.push(`checked on ${fact.checked}, more than ${RECHECK_MONTHS} months ago`);
    for (const s of fact.sources) {
      const seen = pageDates.get(s.url);
      if (seen && (!s.pageDate || !/^\d{4}-\d{2}-\d{2}$/.test(s.pageDate) || seen > s.pageDate))
        reasons.push(`${s.publisher}'s page now has the date ${seen}${s.pageDate ? `, not ${s.pageDate}` : ''}`);
    }
    if (fact.status !== 'verified') reasons.push(`marked CHECK (${fact.status})`);
    if (reasons.length) due.push({ fact, reasons });
  }
  return due;
}
