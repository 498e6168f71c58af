// Translation status per string: the English a translation was made from (its FNV hash) and who reviewed it.
// Pure: the build (virtual:translation-status), the status test and `npm run translations` all use it.
import { hashText, type FlatStrings } from './back-translation-rule';

export interface StringStatus {
  /** hash of the English the translation was made from (or last checked against) */
  en: string;
  /** the fluent speaker who reviewed the translation, by name */
  by?: string;
  /** the day they reviewed it (YYYY-MM-DD) */
  on?: string;
}

/** `ns:key` of the translation (each of its own plural forms on its own) → status. */
export type StatusFile = Record<string, StringStatus>;

export type Strings = Record<string, FlatStrings>;

export const stringIds = (strings: Strings) => Object.entries(strings).flatMap(([ns, flat]) => Object.keys(flat).map((k) => `${ns}:${k}`));

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function textOf(strings: Strings, id: string): string | undefined {
  const at = id.indexOf(':');
  return strings[id.slice(0, at)]?.[id.slice(at + 1)];
}

/** The English a string translates: its own key, or for a plural form English lacks (Arabic _few), the English _other. */
export function englishOf(english: Strings, id: string): string | undefined {
  return textOf(english, id) ?? (PLURAL_SUFFIX.test(id) ? textOf(english, id.replace(PLURAL_SUFFIX, '_other')) : undefined);
}

/** Out of date: the English changed since the translation was made, or no one ever recorded what it was made from. */
export function isOutOfDate(english: Strings, file: StatusFile, id: string): boolean {
  const text = englishOf(english, id);
  return text !== undefined && file[id]?.en !== hashText(text);
}

export const isReviewed = (english: Strings, file: StatusFile, id: string) => Boolean(file[id]?.by) && !isOutOfDate(english, file, id);

/** What the app needs for one language: the strings to show with English beside, and the namespaces wholly reviewed. */
export function summarise(english: Strings, translated: Strings, file: StatusFile): { stale: string[]; reviewed: string[] } {
  const ids = stringIds(translated);
  const stale = ids.filter((id) => isOutOfDate(english, file, id)).sort();
  const reviewed = Object.keys(translated)
    .filter((ns) => Object.keys(translated[ns]!).every((k) => isReviewed(english, file, `${ns}:${k}`)))
    .sort();
  return { stale, reviewed };
}

/** Entries for strings that have none yet (new keys, translated with the English), keeping every existing entry as it is. */
export function withNewStrings(english: Strings, translated: Strings, file: StatusFile): StatusFile {
  const next: StatusFile = {};
  for (const id of stringIds(translated)
    .filter((i) => englishOf(english, i) !== undefined)
    .sort())
    next[id] = file[id] ?? { en: hashText(englishOf(english, id)!) };
  return next;
}

/** After a person updated the translations of `ids` for the new English: current again, and no longer reviewed. */
export function markUpdated(english: Strings, file: StatusFile, ids: string[]): StatusFile {
  const next = { ...file };
  for (const id of ids) {
    const text = englishOf(english, id);
    if (text !== undefined) next[id] = { en: hashText(text) };
  }
  return next;
}
