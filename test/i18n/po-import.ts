// What exporting and importing a language's PO file does, decided without touching disk: every rule that can
// refuse a file is here, so a malformed or unsafe file changes nothing.
import { hashText } from './back-translation-rule';
import type { PoEntry } from './po-file';
import { englishOf, isOutOfDate, stringIds, textOf, type StatusFile, type Strings } from './translation-status-rule';

const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}/g;
const placeholders = (s: string) => (s.match(PLACEHOLDER) ?? []).map((p) => p.replace(/\s+/g, '')).sort();
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function exportEntries(english: Strings, translated: Strings, status: StatusFile): Omit<PoEntry, 'line'>[] {
  return stringIds(translated).map((id) => {
    const source = englishOf(english, id) ?? '';
    const stale = isOutOfDate(english, status, id);
    const keep = [...new Set(placeholders(source))];
    const notes = [
      ...(stale ? ['Out of date: the English changed since this was translated. Check it, then remove the fuzzy mark.'] : []),
      ...(keep.length ? [`Keep ${keep.join(' ')} exactly as written.`] : []),
      ...(!stale && status[id]?.by ? [`Reviewed by ${status[id].by} on ${status[id].on ?? '?'}.`] : []),
    ];
    return { ctxt: id, id: source, str: textOf(translated, id) ?? '', fuzzy: stale, notes };
  });
}

export interface ImportPlan {
  changes: { id: string; value: string }[];
  reviewed: string[];
  skipped: { id: string; why: 'fuzzy' | 'empty' }[];
}

/** The plan, or every problem found (line numbers included) when the file cannot be imported as a whole. */
export function planImport(
  entries: PoEntry[],
  english: Strings,
  translated: Strings,
  reviewer: string,
): { plan: ImportPlan; problems?: undefined } | { problems: string[]; plan?: undefined } {
  const problems: string[] = [];
  if (!/^\S.{0,78}\S$/.test(reviewer.trim())) problems.push('Give the reviewer’s name with --reviewer "Full Name" (2–80 characters).');
  const seen = new Set<string>();
  const plan: ImportPlan = { changes: [], reviewed: [], skipped: [] };
  for (const e of entries) {
    const source = textOf(translated, e.ctxt) === undefined ? undefined : englishOf(english, e.ctxt);
    if (source === undefined) {
      problems.push(`Line ${e.line}: there is no string "${e.ctxt}" (msgctxt must be namespace:key, as exported).`);
      continue;
    }
    if (seen.has(e.ctxt)) problems.push(`Line ${e.line}: "${e.ctxt}" appears twice.`);
    seen.add(e.ctxt);
    if (e.id !== source) {
      problems.push(`Line ${e.line}: the English of "${e.ctxt}" changed since this file was exported. Export it again.`);
      continue;
    }
    if (e.fuzzy || e.str.trim() === '') {
      plan.skipped.push({ id: e.ctxt, why: e.fuzzy ? 'fuzzy' : 'empty' });
      continue;
    }
    // A plural form other than _other may leave out {{count}} ("one day", Arabic "two days" as one word), never add one.
    const mayDropCount = /_(zero|one|two|few|many)$/.test(e.ctxt);
    const counted = (list: string[]) => (mayDropCount ? list.filter((p) => p !== '{{count}}') : list);
    const want = placeholders(source);
    const got = placeholders(e.str);
    const tooManyCounts = got.filter((p) => p === '{{count}}').length > want.filter((p) => p === '{{count}}').length;
    if (!sameList(counted(want), counted(got)) || tooManyCounts) {
      problems.push(
        `Line ${e.line}: "${e.ctxt}" must keep the placeholders of the English exactly (${want.join(' ') || 'none'}), but has ${got.join(' ') || 'none'}.`,
      );
      continue;
    }
    if (e.str !== textOf(translated, e.ctxt)) plan.changes.push({ id: e.ctxt, value: e.str });
    plan.reviewed.push(e.ctxt);
  }
  return problems.length ? { problems } : { plan };
}

/** The status after the import: each reviewed string is current with today's English and names its reviewer. */
export function reviewedStatus(english: Strings, status: StatusFile, ids: string[], reviewer: string, day: string): StatusFile {
  const next = { ...status };
  for (const id of ids) next[id] = { en: hashText(englishOf(english, id)!), by: reviewer.trim(), on: day };
  return next;
}

/** Sets a flat key ("a.b.c") in a nested string tree; the tree's key order is kept. */
export function setString(tree: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}
