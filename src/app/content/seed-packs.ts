// The repository's packs (src/packs), for tests and the move check only: the page fetches its own area's pack.
import { parsePackFiles } from '../../shared/pack-files';
import type { AreaPack } from '../../shared/pack-schema';
import { resolveArea, type AreaContent } from './area-content';

const FILES = import.meta.glob<unknown>('../../packs/*/*.json', { eager: true, import: 'default' });

function folder(area: string): Record<string, unknown> | undefined {
  const files = Object.entries(FILES).filter(([path]) => path.split('/').at(-2) === area);
  return files.length ? Object.fromEntries(files.map(([path, c]) => [path.split('/').at(-1)!, c])) : undefined;
}

function parsed(area: string, parent?: AreaPack): AreaPack | undefined {
  const files = folder(area);
  if (!files) return undefined;
  const result = parsePackFiles(files, `src/packs/${area}`, parent);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join('\n'));
  return result.pack;
}

export function seedNational(): AreaPack {
  return parsed('national')!;
}

/** A seed area's pack as written (its references checked against the national pack). */
export function seedPack(area: string): AreaPack | undefined {
  return parsed(area, seedNational());
}

/** A seed area resolved as the page would have it after fetching it, version "seed". */
export function seedArea(area: string): AreaContent | undefined {
  const national = seedNational();
  const pack = parsed(area, national);
  return pack && resolveArea({ area, version: 'seed', publishedAt: `${pack.updated}T00:00:00.000Z`, pack, national });
}
