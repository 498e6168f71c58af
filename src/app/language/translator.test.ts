// The translator replaced i18next to fit the first page in 40 KB: it must give every string of every language exactly
// as i18next did (same plural form, same values, same English fallback), and this compares the two on all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n as I18next } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../shared/languages';
import { englishGaps } from './fallback-strings';
import { Translator, type TOptions } from './translator';

type Bundle = Record<string, unknown>;
const LOCALES = join(process.cwd(), 'locales');
const NAMESPACES = readdirSync(join(LOCALES, 'en')).map((f) => f.replace(/\.json$/, ''));
const COUNTS = [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 21, 22, 100, 101, 1.5];
const PLURAL = /_(zero|one|two|few|many|other)$/;

const bundle = (lng: string, ns: string): Bundle => {
  try {
    return JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Bundle;
  } catch {
    return {};
  }
};

function leaves(node: Bundle, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as Bundle, `${prefix}${k}.`),
  );
}

/** Each key a page asks for (plural keys once, by their base), with the values its strings name. */
function requests(lng: string, ns: string): { key: string; values: TOptions; counted: boolean }[] {
  const all = [...leaves(bundle('en', ns)), ...leaves(bundle(lng, ns))];
  const byKey = new Map<string, { names: Set<string>; counted: boolean }>();
  for (const [key, text] of all) {
    const base = key.replace(PLURAL, '');
    const entry = byKey.get(base) ?? { names: new Set<string>(), counted: false };
    entry.counted ||= base !== key;
    for (const m of text.matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/g)) entry.names.add(m[1]!);
    byKey.set(base, entry);
  }
  return [...byKey].map(([key, { names, counted }]) => ({
    key,
    counted,
    values: Object.fromEntries([...names].filter((n) => n !== 'count').map((n) => [n, `‹${n}›`])),
  }));
}

const resources = Object.fromEntries(LANGUAGE_CODES.map((lng) => [lng, Object.fromEntries(NAMESPACES.map((ns) => [ns, bundle(lng, ns)]))]));
let reference: I18next;
const ours = new Translator();

beforeAll(async () => {
  reference = i18next.createInstance();
  await reference.init({
    resources: structuredClone(resources),
    lng: 'en',
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ours.init({ lng: 'en', ns: NAMESPACES, resources: structuredClone(resources), read: () => Promise.reject(new Error('all given')) });
});

describe('the translator writes what i18next wrote', () => {
  it.each(LANGUAGE_CODES)('every string of every namespace in %s, every plural form, with its values', (lng) => {
    let compared = 0;
    for (const ns of NAMESPACES) {
      const theirs = reference.getFixedT(lng, ns);
      const mine = ours.getFixedT(lng, ns);
      for (const { key, values, counted } of requests(lng, ns)) {
        for (const options of counted ? COUNTS.map((count) => ({ ...values, count })) : [values, {}]) {
          expect(mine(key, options), `${lng} ${ns}:${key} ${JSON.stringify(options)}`).toBe(String(theirs(key, options)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('reads `ns:key`, falls back to English per key, and names a missing key by itself or its default', () => {
    ours.addResourceBundle('en', 'parity', { only: { english: 'Only {{what}}' }, both: 'English' }, true);
    ours.addResourceBundle('ar', 'parity', { both: 'عربي' }, true);
    reference.addResourceBundle('en', 'parity', { only: { english: 'Only {{what}}' }, both: 'English' }, true, true);
    reference.addResourceBundle('ar', 'parity', { both: 'عربي' }, true, true);
    const cases: [string, TOptions][] = [
      ['parity:only.english', { what: 'this' }],
      ['parity:both', {}],
      ['parity:nothing.here', {}],
      ['parity:nothing', { defaultValue: 'Said {{what}}', what: 'so' }],
      ['parity:only.english', {}],
      ['parity:only.english', { what: 7 }],
      ['nav.home', {}],
    ];
    for (const [key, options] of cases)
      expect(ours.t(key, { ...options, lng: 'ar' }), key).toBe(String(reference.t(key, { ...options, lng: 'ar' })));
    expect(ours.exists('parity:only.english', { lng: 'ar' })).toBe(reference.exists('parity:only.english', { lng: 'ar' }));
    expect(ours.exists('parity:nothing', { lng: 'ar' })).toBe(false);
  });
});

describe('a page that sent only the English its language lacks', () => {
  const strings = { ar: { page: { title: 'عنوان', count_zero: 'لا شيء', count_other: '{{count}} أشياء' } } };
  const english = { page: { title: 'Title', extra: 'Only in English', count_one: 'One thing', count_other: '{{count}} things' } };

  it('sends just the keys the language has in no form, nested as in the file', () => {
    expect(englishGaps(english.page, strings.ar.page)).toEqual({ extra: 'Only in English' });
    expect(englishGaps({ a: { b: 'B', c: 'C' } }, { a: { b: 'ب' } })).toEqual({ a: { c: 'C' } });
  });

  it('draws from what was sent without fetching English, and fetches English whole when it is asked for', async () => {
    const reads: string[] = [];
    const page = new Translator();
    const read = (lng: string, ns: string) => {
      reads.push(`${lng}|${ns}`);
      return Promise.resolve(lng === 'en' ? english[ns as 'page'] : {});
    };
    await page.init({ lng: 'ar', ns: ['page'], resources: strings, fallback: { page: englishGaps(english.page, strings.ar.page) }, read });
    const t = page.getFixedT('ar', 'page');
    expect([t('title'), t('extra'), t('count', { count: 0 })]).toEqual(['عنوان', 'Only in English', 'لا شيء']);
    expect(reads.filter((r) => r.startsWith('en|page'))).toEqual([]);
    expect(page.hasResourceBundle('en', 'page')).toBe(false);
    // An area's name added before English is here does not make English look loaded.
    page.addResource('en', 'page', 'area.name', 'Riverside');
    expect(page.hasResourceBundle('en', 'page')).toBe(false);
    expect(t('area.name')).toBe('Riverside');
    await page.loadLanguages('en');
    expect(reads).toContain('en|page');
    expect(page.getFixedT('en', 'page')('count', { count: 1 })).toBe('One thing');
    expect(page.getFixedT('en', 'page')('area.name')).toBe('Riverside');
  });
});
