// Translators' files and translation status: npm run translations -- <command>
//   export [lng ...] [--out dir]             one PO file per language (default folder: translations/), out-of-date strings marked fuzzy
//   import <file.po> --reviewer "Full Name"  writes the strings and marks each one reviewed by that person; refuses the whole file on any problem
//   status [lng ...] [--write]                counts out-of-date and reviewed strings; --write adds entries for new strings only
//   updated <ns:key ...> [--languages a,b]    after updating translations for a changed English: current again, no longer reviewed
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { LOCALES_DIR, readStatus, readStrings, writeStatus } from './locale-files';
import { parsePo, PoError, writePo } from './po-file';
import { exportEntries, planImport, reviewedStatus, setString } from './po-import';
import { markUpdated, summarise, withNewStrings } from './translation-status-rule';

const [command, ...rest] = process.argv.slice(2);
const flag = (name: string) => (rest.includes(name) ? (rest[rest.indexOf(name) + 1] ?? '') : undefined);
const words = rest.filter((a, i) => !a.startsWith('--') && !rest[i - 1]?.startsWith('--'));
const TRANSLATED = LANGUAGE_CODES.filter((c) => c !== 'en');
const english = readStrings('en');
const today = new Date().toISOString().slice(0, 10);

function chosen(list: string[]): string[] {
  const bad = list.filter((l) => !(TRANSLATED as readonly string[]).includes(l));
  if (bad.length) throw new Error(`Not a translated language: ${bad.join(', ')}. Use one of ${TRANSLATED.join(' ')}.`);
  return list.length ? list : [...TRANSLATED];
}

function exportPo(): void {
  const out = flag('--out') || 'translations';
  mkdirSync(out, { recursive: true });
  for (const lng of chosen(words)) {
    const header = {
      'Content-Type': 'text/plain; charset=UTF-8',
      Language: lng,
      'Project-Id-Version': 'Waymark',
      'POT-Creation-Date': today,
    };
    const entries = exportEntries(english, readStrings(lng), readStatus(lng));
    writeFileSync(join(out, `${lng}.po`), writePo(header, entries));
    console.log(`${join(out, `${lng}.po`)}: ${entries.length} strings, ${entries.filter((e) => e.fuzzy).length} out of date`);
  }
}

function importPo(): number {
  const [file] = words;
  if (!file) throw new Error('Name the file: npm run translations -- import ar.po --reviewer "Full Name"');
  const { header, entries } = parsePo(readFileSync(file, 'utf8'));
  const lng = header.Language ?? '';
  if (!(TRANSLATED as readonly string[]).includes(lng))
    throw new PoError(`The header's Language is "${lng}", not one of ${TRANSLATED.join(' ')}.`);
  const translated = readStrings(lng);
  const result = planImport(entries, english, translated, flag('--reviewer') ?? '');
  if (result.problems) {
    console.error(`Nothing was imported from ${file}:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  const { plan } = result;
  const trees = new Map<string, Record<string, unknown>>();
  for (const { id, value } of plan.changes) {
    const ns = id.slice(0, id.indexOf(':'));
    const path = join(LOCALES_DIR, lng, `${ns}.json`);
    const tree = trees.get(path) ?? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
    setString(tree, id.slice(ns.length + 1), value);
    trees.set(path, tree);
  }
  for (const [path, tree] of trees) writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
  writeStatus(lng, reviewedStatus(english, readStatus(lng), plan.reviewed, flag('--reviewer')!, today));
  console.log(
    `${lng}: ${plan.changes.length} strings changed, ${plan.reviewed.length} marked reviewed by ${flag('--reviewer')!.trim()}, ${plan.skipped.length} left as they were (fuzzy or empty).`,
  );
  if (plan.changes.length) console.log('Changed translations need their back-translations checked again: npm run back-translations');
  return 0;
}

function status(): number {
  let stale = 0;
  for (const lng of chosen(words)) {
    const translated = readStrings(lng);
    const file = rest.includes('--write') ? withNewStrings(english, translated, readStatus(lng)) : readStatus(lng);
    if (rest.includes('--write')) writeStatus(lng, file);
    const s = summarise(english, translated, file);
    stale += s.stale.length;
    console.log(`${lng}: ${s.stale.length} out of date, wholly reviewed: ${s.reviewed.join(' ') || 'none'}`);
    for (const id of s.stale) console.log(`  out of date ${id}`);
  }
  return stale ? 1 : 0;
}

function updated(): number {
  const languages = chosen((flag('--languages') ?? '').split(',').filter(Boolean));
  for (const lng of languages) writeStatus(lng, markUpdated(english, readStatus(lng), words));
  console.log(`Marked current (not reviewed) in ${languages.length} languages: ${words.join(' ')}`);
  return 0;
}

try {
  const commands: Record<string, () => number | void> = { export: exportPo, import: importPo, status, updated };
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error('Usage: npm run translations -- export|import|status|updated … (see the top of test/i18n/translations.ts)');
    process.exitCode = 2;
  } else process.exitCode = run() ?? 0;
} catch (err) {
  console.error(err instanceof PoError ? `Nothing was imported: ${err.message}` : (err as Error).message);
  process.exitCode = 1;
}
