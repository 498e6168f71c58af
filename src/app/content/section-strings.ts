// Walks a topic's locale strings by section: which keys belong to a section in an area, and their plain text.
// A key segment named after an area ("sefton") holds words for that area only.
import { isAreaId, type AreaId } from '../../shared/areas';

export type Strings = Readonly<Record<string, unknown>>;

function leaves(value: unknown, path: string, area: AreaId, out: string[]): void {
  if (typeof value === 'string') {
    out.push(path);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (isAreaId(key) && key !== area) continue;
    leaves(child, `${path}.${key}`, area, out);
  }
}

/** Full keys of every string in a section for one area, in file order. */
export function sectionKeys(strings: Strings, section: string, area: AreaId): string[] {
  const out: string[] = [];
  leaves(strings[section], section, area, out);
  return out;
}

/** Section ids in file order: the top-level keys that hold objects. */
export function sectionIds(strings: Strings): string[] {
  return Object.entries(strings)
    .filter(([, v]) => v !== null && typeof v === 'object')
    .map(([k]) => k);
}

export function lookup(strings: Strings, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  return typeof value === 'string' ? value : '';
}

/** The text with its {{values}} put in; unknown placeholders vanish rather than show braces. */
export function fillPlain(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
}
