// Lists back-translations that are missing, out of date or empty: npm run back-translations [-- --write] [lng ...]
// --write adds skeletons with today's hashes (back left empty, the old text kept as `was`) and drops keys no longer checked.
import { LANGUAGE_CODES } from '../../src/shared/languages';
import { auditLanguage, currentHashes, type BackTranslationFile } from './back-translation-rule';
import { readBackTranslations, readStrings, writeBackTranslations } from './locale-files';

const args = process.argv.slice(2);
const write = args.includes('--write');
const chosen = args.filter((a) => !a.startsWith('--'));
const languages = LANGUAGE_CODES.filter((c) => c !== 'en' && (chosen.length === 0 || chosen.includes(c)));
const english = readStrings('en');
let open = 0;

for (const lng of languages) {
  const translated = readStrings(lng);
  const file = readBackTranslations(lng);
  const audit = auditLanguage(english, translated, file);
  const todo = [...audit.missing, ...audit.stale, ...audit.empty];
  open += todo.length;
  console.log(
    `${lng}: ${audit.missing.length} missing, ${audit.stale.length} stale, ${audit.empty.length} empty, ${audit.orphan.length} no longer checked`,
  );
  for (const [label, ids] of Object.entries(audit)) for (const id of ids) console.log(`  ${label.padEnd(7)} ${id}`);
  if (!write) continue;
  const next: BackTranslationFile = { ...file };
  for (const id of audit.orphan) delete next[id];
  for (const id of [...audit.missing, ...audit.stale]) {
    const was = file[id]?.back || file[id]?.was;
    next[id] = { ...currentHashes(english, translated, id), back: '', ...(was ? { was } : {}) };
  }
  writeBackTranslations(lng, next);
}

if (write && open)
  console.log(`Skeletons written. Fill each empty "back" with the translation put back into English, then compare it with the English.`);
process.exitCode = open ? 1 : 0;
