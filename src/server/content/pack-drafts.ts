// One draft per area: what `content import` loaded (checked against the schema), waiting to be published.
import type { Database } from '../db/database';
import type { AreaPack } from '../../shared/pack-schema';
import { checkPack, publishPack, type PublishedPack } from './pack-store';

export async function saveDraft(db: Database, area: string, pack: unknown, by: string): Promise<AreaPack> {
  const valid = await checkPack(db, area, pack);
  await db.query(
    `INSERT INTO content_drafts (area, body, saved_by) VALUES ($1, $2, $3)
     ON CONFLICT (area) DO UPDATE SET body = EXCLUDED.body, saved_by = EXCLUDED.saved_by, saved_at = now()`,
    [area, JSON.stringify(valid), by],
  );
  return valid;
}

export async function currentDraft(db: Database, area: string): Promise<AreaPack | undefined> {
  const rows = await db.query<{ body: string }>('SELECT body FROM content_drafts WHERE area = $1', [area]);
  return rows[0] && (JSON.parse(rows[0].body) as AreaPack);
}

/** Publishes the area's draft (checked again: the national pack may have changed) and drops it. */
export async function publishDraft(db: Database, area: string, by: string): Promise<PublishedPack | undefined> {
  const draft = await currentDraft(db, area);
  if (!draft) return undefined;
  const published = await publishPack(db, area, draft, by);
  await db.query('DELETE FROM content_drafts WHERE area = $1', [area]);
  return published;
}
