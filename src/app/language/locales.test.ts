import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../shared/languages';

const root = join(process.cwd(), 'locales');

function keysOf(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function load(lng: string, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, lng, `${ns}.json`), 'utf8')) as Record<string, unknown>;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();

/** Per key (plural forms together): the placeholders of its full form, and any its other forms add. */
function placeholdersByKey(strings: Record<string, unknown>): Record<string, { full: string[]; extra: string[] }> {
  const flat = Object.fromEntries(
    keysOf(strings).map((k) => [k, String(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], strings))]),
  );
  const out: Record<string, { full: string[]; extra: string[] }> = {};
  for (const base of baseKeys(Object.keys(flat))) {
    const full = placeholders(flat[`${base}_other`] ?? flat[base] ?? '');
    const forms = Object.keys(flat).filter((k) => k.replace(PLURAL, '') === base);
    out[base] = { full, extra: forms.flatMap((k) => placeholders(flat[k]!)).filter((p) => !full.includes(p)) };
  }
  return out;
}

const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));

describe('locales', () => {
  it('has a folder for every language and no other', () => {
    // back-translations/ and translation-status/ hold the reviewers' checks, not strings the app loads.
    expect(
      readdirSync(root)
        .filter((d) => d !== 'back-translations' && d !== 'translation-status')
        .sort(),
    ).toEqual([...LANGUAGE_CODES].sort());
  });
  describe.each(namespaces)('namespace %s', (ns) => {
    const english = baseKeys(keysOf(load('en', ns)));
    it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s has exactly the English keys (plural forms together), none empty', (lng) => {
      const strings = load(lng, ns);
      expect(baseKeys(keysOf(strings))).toEqual(english);
      const empty = keysOf(strings).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], strings);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    });
    it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s keeps every {{placeholder}} of English', (lng) => {
      const en = placeholdersByKey(load('en', ns));
      const other = placeholdersByKey(load(lng, ns));
      // The `_other` form (or the only form) says every value; `_one`, `_two`… may spell the number as a word.
      expect(Object.fromEntries(Object.entries(other).map(([k, v]) => [k, v.full]))).toEqual(
        Object.fromEntries(Object.entries(en).map(([k, v]) => [k, v.full])),
      );
      for (const [k, v] of Object.entries(other)) expect(v.extra, `${ns}:${k}`).toEqual([]);
    });
  });
});
