// Reads and writes a pack folder on disk for the content command; a file that is not JSON is an issue, not a crash.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitPack } from '../../shared/pack-files';
import type { AreaPack, PackIssue } from '../../shared/pack-schema';

export function readPackFolder(dir: string): { files: Record<string, unknown>; issues: PackIssue[] } {
  const files: Record<string, unknown> = {};
  const issues: PackIssue[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      issues.push({ file: join(dir, name), path: '', rule: 'json', message: `not valid JSON: ${(err as Error).message}` });
    }
  }
  if (!Object.keys(files).length && !issues.length) issues.push({ file: dir, path: '', rule: 'file', message: 'no .json files here' });
  return { files, issues };
}

/** Writes the pack as the repository keeps it: one file per part, two-space JSON, so Git shows a change line by line. */
export function writePackFolder(dir: string, pack: AreaPack): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(splitPack(pack)).map(([name, content]) => {
    writeFileSync(join(dir, name), JSON.stringify(content, null, 2) + '\n');
    return join(dir, name);
  });
}
