// Which English sentences need a checked back-translation, and the short hashes that say when a check is out of date.
// Pure: the currency test and `npm run back-translations` both use it.

/** Negation, obligation or permission: the words whose meaning a translation can turn round. */
const MEANING =
  /\b(must|not|never|no|nothing|nobody|none|nowhere|cannot|can|could|might|only|have to|has to|need|needs|should|without|allowed)\b|n[’']t\b/i;
// "may" only in lower case, so the month May is not taken for a permission.
const MAY = /\bmay\b/;

export const MEANING_WORDS = { test: (text: string) => MEANING.test(text) || MAY.test(text) };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const SUFFIX_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

export type FlatStrings = Record<string, string>;

export interface BackTranslation {
  /** hash of the English when it was checked (all plural forms together) */
  en: string;
  /** hash of the translation when it was checked (all plural forms together) */
  tr: string;
  /** the translation put back into plain English by the checker; empty means not done */
  back: string;
  /** the last back-translation, kept by the script when the English or translation changed */
  was?: string;
}

export type BackTranslationFile = Record<string, BackTranslation>;

export function flattenStrings(tree: unknown, prefix = ''): FlatStrings {
  if (typeof tree === 'string') return { [prefix]: tree };
  if (!tree || typeof tree !== 'object') return {};
  return Object.assign({}, ...Object.entries(tree).map(([k, v]) => flattenStrings(v, prefix ? `${prefix}.${k}` : k)));
}

/** FNV-1a, 32 bits: short, stable and dependency-free; it only has to notice an edit. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Groups `x_one`, `x_other`… under `x`; every other key stands alone. */
export function groupKeys(flat: FlatStrings): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(flat)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    groups.set(base, [...(groups.get(base) ?? []), key]);
  }
  const rank = (k: string) => SUFFIX_ORDER.indexOf(PLURAL_SUFFIX.exec(k)?.[1] ?? 'other');
  for (const keys of groups.values()) keys.sort((a, b) => rank(a) - rank(b));
  return groups;
}

/** The text a hash covers: every plural form of the key, in CLDR order. */
export function groupText(flat: FlatStrings, base: string): string | undefined {
  const keys = groupKeys(flat).get(base);
  return keys ? keys.map((k) => flat[k]).join('\n') : undefined;
}

/** `ns:key` for every English string (plural forms together) that carries a negation, obligation or permission. */
export function keysToCheck(english: Record<string, FlatStrings>): string[] {
  return Object.entries(english)
    .flatMap(([ns, flat]) =>
      [...groupKeys(flat).keys()].filter((base) => MEANING_WORDS.test(groupText(flat, base)!)).map((base) => `${ns}:${base}`),
    )
    .sort();
}

export interface Audit {
  missing: string[];
  stale: string[];
  empty: string[];
  orphan: string[];
}

export function currentHashes(english: Record<string, FlatStrings>, translated: Record<string, FlatStrings>, id: string) {
  const [ns, base] = id.split(':') as [string, string];
  return { en: hashText(groupText(english[ns] ?? {}, base) ?? ''), tr: hashText(groupText(translated[ns] ?? {}, base) ?? '') };
}

export function auditLanguage(
  english: Record<string, FlatStrings>,
  translated: Record<string, FlatStrings>,
  file: BackTranslationFile,
): Audit {
  const wanted = keysToCheck(english);
  const audit: Audit = { missing: [], stale: [], empty: [], orphan: Object.keys(file).filter((id) => !wanted.includes(id)) };
  for (const id of wanted) {
    const entry = file[id];
    const now = currentHashes(english, translated, id);
    if (!entry) audit.missing.push(id);
    else if (entry.en !== now.en || entry.tr !== now.tr) audit.stale.push(id);
    else if (!entry.back.trim()) audit.empty.push(id);
  }
  return audit;
}
