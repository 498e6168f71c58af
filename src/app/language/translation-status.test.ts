import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../shared/languages';
import { hashText } from '../../../test/i18n/back-translation-rule';
import { readStatus, readStrings } from '../../../test/i18n/locale-files';
import { parsePo, PoError, writePo, type PoEntry } from '../../../test/i18n/po-file';
import { planImport } from '../../../test/i18n/po-import';
import { stringIds, summarise } from '../../../test/i18n/translation-status-rule';

const english = { x: { hello: 'Hello {{name}}', days_one: '{{count}} day', days_other: '{{count}} days', plain: 'Bins' } };
const arabic = { x: { hello: 'مرحبا {{name}}', days_one: 'يوم واحد', days_two: 'يومان', days_other: '{{count}} أيام', plain: 'صناديق' } };
const entry = (ctxt: string, id: string, str: string, line = 1): PoEntry => ({ ctxt, id, str, fuzzy: false, notes: [], line });

describe('PO files for translators', () => {
  it('read back exactly what was written: quotes, backslashes, new lines, fuzzy marks and notes', () => {
    const entries = [
      { ctxt: 'x:a', id: 'Say "yes"\\no', str: 'Dis « oui »', fuzzy: false, notes: ['Keep {{count}} exactly as written.'] },
      { ctxt: 'x:b', id: 'Line one\nLine two', str: 'Ligne un\nLigne deux', fuzzy: true, notes: [] },
    ];
    const { header, entries: back } = parsePo(writePo({ Language: 'fr' }, entries));
    expect(header.Language).toBe('fr');
    expect(back.map(({ line: _line, ...e }) => e)).toEqual(entries);
  });

  it.for([
    ['msgid "a"\nmsgstr "b"\n', /no PO header/],
    ['msgid ""\nmsgstr ""\n\nhello there\n', /Line 4: "hello there" is not PO/],
    ['msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\n', /Line 5: plural entries are not used/],
    ['msgid ""\nmsgstr ""\n\nmsgid "a\\q"\nmsgstr ""\n', /Line 4: "\\q" is not an escape/],
    ['msgid ""\nmsgstr ""\n\nmsgctxt "x:a"\nmsgid "a"\n\n', /an entry needs both msgid and msgstr/],
    ['msgid ""\nmsgstr ""\n\nmsgid "a" extra\nmsgstr ""\n', /Line 4/],
  ] as const)('refuse a malformed file with the line that is wrong: %s', ([text, message]) => {
    expect(() => parsePo(text)).toThrow(PoError);
    expect(() => parsePo(text)).toThrow(message);
  });
});

describe('importing a reviewed translation', () => {
  it('marks every string reviewed and lists only the changed ones, skipping fuzzy and empty entries', () => {
    const result = planImport(
      [
        entry('x:hello', 'Hello {{name}}', 'أهلا {{name}}'),
        entry('x:plain', 'Bins', 'صناديق'),
        { ...entry('x:days_other', '{{count}} days', '{{count}} يوم'), fuzzy: true },
        entry('x:days_two', '{{count}} days', ''),
      ],
      english,
      arabic,
      'Amal Haddad',
    );
    expect(result.plan).toEqual({
      changes: [{ id: 'x:hello', value: 'أهلا {{name}}' }],
      reviewed: ['x:hello', 'x:plain'],
      skipped: [
        { id: 'x:days_other', why: 'fuzzy' },
        { id: 'x:days_two', why: 'empty' },
      ],
    });
  });

  it('refuses a translation that drops or adds a placeholder, a changed English, an unknown key and a missing reviewer', () => {
    const result = planImport(
      [
        entry('x:hello', 'Hello {{name}}', 'مرحبا', 3),
        entry('x:plain', 'Bins', 'صناديق {{count}}', 7),
        entry('x:days_other', '{{count}} day(s)', '{{count}} أيام', 11),
        entry('x:nothing', 'Nothing', 'لا شيء', 15),
      ],
      english,
      arabic,
      ' ',
    );
    expect(result.problems).toEqual([
      expect.stringMatching(/reviewer/),
      'Line 3: "x:hello" must keep the placeholders of the English exactly ({{name}}), but has none.',
      'Line 7: "x:plain" must keep the placeholders of the English exactly (none), but has {{count}}.',
      expect.stringMatching(/^Line 11: the English of "x:days_other" changed since this file was exported/),
      expect.stringMatching(/^Line 15: there is no string "x:nothing"/),
    ]);
  });

  it('lets a plural form other than _other leave out {{count}}, but not add a second one', () => {
    expect(planImport([entry('x:days_two', '{{count}} days', 'يومان')], english, arabic, 'Amal Haddad').plan?.reviewed).toEqual([
      'x:days_two',
    ]);
    expect(planImport([entry('x:days_one', '{{count}} day', '{{count}} {{count}}')], english, arabic, 'Amal').problems).toHaveLength(1);
  });
});

describe('translation status', () => {
  const current = Object.fromEntries(
    stringIds(arabic).map((id) => [id, { en: hashText(english.x[id.slice(2).replace('_two', '_other') as 'plain']) }]),
  );
  it('marks a string out of date when its English changed, and a namespace reviewed only when every string is', () => {
    expect(summarise(english, arabic, current)).toEqual({ stale: [], reviewed: [] });
    const changed = { x: { ...english.x, plain: 'Rubbish bins' } };
    expect(summarise(changed, arabic, current).stale).toEqual(['x:plain']);
    const reviewed = Object.fromEntries(Object.entries(current).map(([id, s]) => [id, { ...s, by: 'Amal Haddad', on: '2026-12-01' }]));
    expect(summarise(english, arabic, reviewed).reviewed).toEqual(['x']);
    expect(summarise(changed, arabic, reviewed)).toEqual({ stale: ['x:plain'], reviewed: [] });
  });

  it.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s records what every string was translated from', (lng) => {
    const status = readStatus(lng);
    const missing = stringIds(readStrings(lng)).filter((id) => !status[id]);
    expect(missing, 'run `npm run translations -- status --write` (it adds new strings only; changed English stays out of date)').toEqual(
      [],
    );
  });
});

describe('npm run translations', () => {
  const root = process.cwd();
  function sandbox(): string {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-po-'));
    cpSync(join(root, 'locales'), join(dir, 'locales'), { recursive: true });
    return dir;
  }
  const run = (dir: string, args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'test/i18n/translations.ts'), ...args], {
          cwd: dir,
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  it(
    'exports French, imports it back reviewed by a named person, and refuses a file that drops a placeholder, changing nothing',
    { timeout: 60_000 },
    () => {
      const dir = sandbox();
      expect(run(dir, ['export', 'fr', '--out', 'po']).code).toBe(0);
      const po = readFileSync(join(dir, 'po/fr.po'), 'utf8');
      expect(po).toContain('msgctxt "common:nav.home"');
      const before = readFileSync(join(dir, 'locales/fr/common.json'), 'utf8');
      const broken = po.replace(/(msgstr "Quelle poubelle sort le )\{\{date\}\}/, '$1');
      expect(broken).not.toBe(po);
      writeFileSync(join(dir, 'po/broken.po'), broken);
      const refused = run(dir, ['import', 'po/broken.po', '--reviewer', 'Claire Martin']);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/Nothing was imported[\s\S]*must keep the placeholders/);
      expect(readFileSync(join(dir, 'locales/fr/common.json'), 'utf8')).toBe(before);
      writeFileSync(join(dir, 'po/garbage.po'), 'this is not a PO file');
      expect(run(dir, ['import', 'po/garbage.po', '--reviewer', 'Claire Martin']).out).toMatch(/Nothing was imported/);

      const edited = po.replace(/(msgctxt "common:nav\.home"\nmsgid "[^"]*"\nmsgstr )"[^"]*"/, '$1"Page d’accueil"');
      writeFileSync(join(dir, 'po/fr-reviewed.po'), edited);
      const ok = run(dir, ['import', 'po/fr-reviewed.po', '--reviewer', 'Claire Martin']);
      expect(ok.out).toMatch(/fr: 1 strings changed, \d+ marked reviewed by Claire Martin/);
      expect((JSON.parse(readFileSync(join(dir, 'locales/fr/common.json'), 'utf8')) as { nav: { home: string } }).nav.home).toBe(
        'Page d’accueil',
      );
      const status = JSON.parse(readFileSync(join(dir, 'locales/translation-status/strings/fr.json'), 'utf8')) as Record<
        string,
        { by?: string }
      >;
      expect(status['common:nav.home']?.by).toBe('Claire Martin');
    },
  );
});
