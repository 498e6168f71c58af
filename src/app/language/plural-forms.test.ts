import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';
import { flattenStrings } from '../../../test/i18n/back-translation-rule';

const root = join(process.cwd(), 'locales');
const namespaces = readdirSync(join(root, 'en')).map((f) => f.replace(/\.json$/, ''));
const flat = (lng: string, ns: string) => flattenStrings(JSON.parse(readFileSync(join(root, lng, `${ns}.json`), 'utf8')));
const categories = (tag: string) => [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();

/** `ns:key` of every sentence English gives plural forms. */
const counted = namespaces.flatMap((ns) =>
  Object.keys(flat('en', ns))
    .filter((k) => k.endsWith('_one') && `${k.slice(0, -4)}_other` in flat('en', ns))
    .map((k) => [ns, k.slice(0, -4)] as const),
);

describe('plural forms', () => {
  it('covers every sentence with a count of days, weeks, months, hours, photos, results or litres', () => {
    expect(counted.map(([ns, k]) => `${ns}:${k}`)).toEqual(
      expect.arrayContaining([
        'health:hc2.arrive',
        'contacts:appeals.deadline',
        'bins:format.litres',
        'report:check.photoCount',
        'search:results',
      ]),
    );
  });
  // The translator (like i18next) asks Intl.PluralRules with our folder code (prs, ckb), not the BCP 47 tag, so both must agree.
  it.each(LANGUAGES.map((l) => [l.code, l.bcp47] as const))(
    '%s has CLDR plural rules here, the same for its code and %s',
    (code, bcp47) => {
      expect(Intl.PluralRules.supportedLocalesOf(bcp47)).toHaveLength(1);
      expect(categories(code)).toEqual(categories(bcp47));
    },
  );
  it.each(LANGUAGES.map((l) => [l.code, l.bcp47] as const))(
    '%s has exactly the forms its language needs for every counted sentence',
    (code, bcp47) => {
      const need = categories(bcp47);
      const wrong = counted.flatMap(([ns, base]) => {
        const have = Object.keys(flat(code, ns)).filter(
          (k) => k.startsWith(`${base}_`) && /^(zero|one|two|few|many|other)$/.test(k.slice(base.length + 1)),
        );
        const got = have.map((k) => k.slice(base.length + 1)).sort();
        const plain = base in flat(code, ns);
        return got.join() === need.join() && !plain
          ? []
          : [`${ns}:${base} has ${got.join(',') || 'none'}${plain ? ' and an unsuffixed form' : ''}, needs ${need.join(',')}`];
      });
      expect(wrong).toEqual([]);
    },
  );
});
