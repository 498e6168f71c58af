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

/** Translation status sits two folders below locales/ too (locales/translation-status/strings/<lng>.json). */
export const STATUS_DIR = join(LOCALES_DIR, 'translation-status', 'strings');

export function readStatus(lng: string): Record<string, { en: string; by?: string; on?: string }> {
  const file = join(STATUS_DIR, `${lng}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { en: string; by?: string; on?: string }>) : {};
}

export function writeStatus(lng: string, entries: Record<string, { en: string; by?: string; on?: string }>): void {
  mkdirSync(STATUS_DIR, { recursive: true });
  // One string a line: a review shows in a diff as the lines it touched.
  const lines = Object.keys(entries)
    .sort()
    .map((id) => `${JSON.stringify(id)}: ${JSON.stringify(entries[id])}`);
  writeFileSync(join(STATUS_DIR, `${lng}.json`), `{\n${lines.join(',\n')}\n}\n`);
}
