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

const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));

describe('locales', () => {
  it('has a folder for every language and no other', () => {
    // back-translations/ holds the reviewers' checks, not strings the app loads.
    expect(readdirSync(root).filter((d) => d !== 'back-translations').sort()).toEqual([...LANGUAGE_CODES].sort());
  });
  describe.each(namespaces)('namespace %s', (ns) => {
    const english = keysOf(load('en', ns)).sort();
    it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s has exactly the English keys, none empty', (lng) => {
      const strings = load(lng, ns);
      expect(keysOf(strings).sort()).toEqual(english);
      const empty = keysOf(strings).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], strings);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    });
    it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s keeps every {{placeholder}} of English', (lng) => {
      const en = JSON.stringify(load('en', ns));
      const other = JSON.stringify(load(lng, ns));
      const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(other)).toEqual(placeholders(en));
    });
  });
});
