// Turns the facts of a page's sections into "Sources": each page once per section, with its oldest check.
import type { Source, Sourced } from '../../content/fact';

export interface SourceEntry {
  source: Source;
  /** the oldest check among the facts that cite this page */
  checked: string;
  /** true when any fact citing it is shown only with a caveat */
  caveat: boolean;
}

export function sourceEntries(facts: readonly Sourced[]): SourceEntry[] {
  const byUrl = new Map<string, SourceEntry>();
  for (const fact of facts) {
    for (const source of fact.sources) {
      const seen = byUrl.get(source.url);
      if (!seen) {
        byUrl.set(source.url, { source, checked: fact.checked, caveat: fact.caveat === 'check' });
        continue;
      }
      if (fact.checked < seen.checked) seen.checked = fact.checked;
      if (fact.caveat === 'check') seen.caveat = true;
    }
  }
  return [...byUrl.values()];
}
