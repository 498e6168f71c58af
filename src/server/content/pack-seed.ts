// On a fresh database the repository's packs are published as version 1, national first, so `npm start` just works.
import type { Database } from '../db/database';
import { parsePackFiles } from '../../shared/pack-files';
import { currentPack, currentVersion, PackInvalid, publishedAreas, publishPack, registerPackArea } from './pack-store';
import { seedPackFiles } from './seed-packs';

export const SEED_PUBLISHER = 'seed (src/packs)';

/** Publishes each seed pack whose area has no version yet; returns the areas it published. */
export async function seedPacks(db: Database, folders = seedPackFiles()): Promise<string[]> {
  const published: string[] = [];
  for (const [area, files] of folders) {
    if (await currentVersion(db, area)) continue;
    const parsed = parsePackFiles(files, `src/packs/${area}`);
    if (!parsed.ok) throw new PackInvalid(parsed.issues);
    await publishPack(db, area, parsed.pack, SEED_PUBLISHER);
    published.push(area);
  }
  // Areas published earlier (an imported area) are known from the start too.
  for (const area of await publishedAreas(db)) {
    const current = await currentPack(db, area);
    if (current) registerPackArea(current.pack);
  }
  return published;
}
