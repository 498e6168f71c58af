// A pack on disk is one folder per area with a few JSON files, each holding some of the pack's top-level keys,
// so an editor finds facts, bins, topics and routes apart; an issue names the file its path lives in.
import { parsePack, type AreaPack, type PackIssue, type PackResult } from './pack-schema';

/** Which file holds which top-level keys; anything else lives in area.json. */
export const PACK_FILES: Readonly<Record<string, readonly string[]>> = {
  'facts.json': ['facts'],
  'bins.json': ['bins'],
  'topics.json': ['topics'],
  'routes.json': ['routes', 'hazards'],
  'words.json': ['words'],
};
const MAIN_FILE = 'area.json';

function fileOf(key: string): string {
  return Object.entries(PACK_FILES).find(([, keys]) => keys.includes(key))?.[0] ?? MAIN_FILE;
}

/** Splits a pack into its files' contents (only files with something in them). */
export function splitPack(pack: AreaPack): Record<string, Record<string, unknown>> {
  const files: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(pack)) (files[fileOf(key)] ??= {})[key] = value;
  return files;
}

/** Joins a folder's files (name → parsed JSON) and validates them; `folder` prefixes each issue's file. */
export function parsePackFiles(files: Readonly<Record<string, unknown>>, folder: string, parent?: AreaPack): PackResult {
  const issues: PackIssue[] = [];
  const joined: Record<string, unknown> = {};
  for (const [name, content] of Object.entries(files)) {
    if (name !== MAIN_FILE && !(name in PACK_FILES)) {
      issues.push({
        file: `${folder}/${name}`,
        path: '',
        rule: 'file',
        message: `unknown file; a pack has ${[MAIN_FILE, ...Object.keys(PACK_FILES)].join(', ')}`,
      });
    } else if (typeof content !== 'object' || content === null || Array.isArray(content)) {
      issues.push({ file: `${folder}/${name}`, path: '', rule: 'object', message: 'a pack file holds one JSON object' });
    } else {
      for (const [key, value] of Object.entries(content)) {
        if (fileOf(key) !== name)
          issues.push({ file: `${folder}/${name}`, path: key, rule: 'file', message: `"${key}" belongs in ${fileOf(key)}` });
        else joined[key] = value;
      }
    }
  }
  if (issues.length) return { ok: false, issues };
  const result = parsePack(joined, undefined, parent);
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((i) => ({ ...i, file: `${folder}/${fileOf(i.path.split('.')[0] ?? '')}` })) };
}
