// Reads locale trees and back-translation files from disk for the back-translation test and script.
// Back-translations sit two folders below locales/ so the app's `locales/*/*.json` glob never bundles them.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { flattenStrings, type BackTranslationFile, type FlatStrings } from './back-translation-rule';

export const LOCALES_DIR = join(process.cwd(), 'locales');
export const BACK_DIR = join(LOCALES_DIR, 'back-translations', 'checked');

export function readStrings(lng: string): Record<string, FlatStrings> {
  const dir = join(LOCALES_DIR, lng);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), flattenStrings(JSON.parse(readFileSync(join(dir, f), 'utf8')))]),
  );
}

export function readBackTranslations(lng: string): BackTranslationFile {
  const file = join(BACK_DIR, `${lng}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BackTranslationFile) : {};
}

export function writeBackTranslations(lng: string, entries: BackTranslationFile): void {
  mkdirSync(BACK_DIR, { recursive: true });
  const sorted = Object.fromEntries(
    Object.keys(entries)
      .sort()
      .map((id) => [id, entries[id]]),
  );
  writeFileSync(join(BACK_DIR, `${lng}.json`), `${JSON.stringify(sorted, null, 2)}\n`);
}
