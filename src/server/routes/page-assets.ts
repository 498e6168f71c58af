// What a rendered page links besides the shell: its topic's scripts and styles, from the client build's manifest.
import { chunkNameOf } from '../../shared/topic-chunks';
import type { StaticFile } from './static-files';

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface PageAssets {
  scripts: string[];
  styles: string[];
}

export function readManifest(files: Map<string, StaticFile>): Record<string, ManifestChunk> {
  const file = files.get('/.vite/manifest.json');
  if (!file) return {};
  try {
    return JSON.parse(file.raw.toString('utf8')) as Record<string, ManifestChunk>;
  } catch {
    return {};
  }
}

/** The chunks of page components (GpPage → …/GpPage.tsx, or a chunk of that name: topic-gp, grouped by vite.config.ts, or the group holding it: shared/topic-chunks.ts)
 * and every chunk they import statically, minus the entry's own. */
export function assetsOf(manifest: Record<string, ManifestChunk>, modules: readonly string[]): PageAssets {
  const keys = modules.flatMap((m) =>
    Object.keys(manifest).filter((k) => k.endsWith(`/${m}.tsx`) || (!manifest[k]!.src && manifest[k]!.name === chunkNameOf(m))),
  );
  if (keys.length === 0) return { scripts: [], styles: [] };
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const inEntry = new Set<string>();
  const walk = (k: string, into: Set<string>) => {
    if (into.has(k) || !manifest[k]) return;
    into.add(k);
    for (const i of manifest[k]!.imports ?? []) walk(i, into);
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k] === entry);
  if (entryKey) walk(entryKey, inEntry);
  const needed = new Set<string>();
  for (const key of keys) walk(key, needed);
  const chunks = [...needed].filter((k) => !inEntry.has(k)).map((k) => manifest[k]!);
  return { scripts: chunks.map((c) => `/${c.file}`), styles: chunks.flatMap((c) => (c.css ?? []).map((f) => `/${f}`)) };
}
