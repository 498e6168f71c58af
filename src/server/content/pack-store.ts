// Published content packs in the database: every version kept, the highest one served. Publishing validates with
// the shared schema (an area's references against the current national pack) and stores nothing when invalid.
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { registerArea } from '../../shared/areas';
import { missingReferences, parsePack, type AreaPack, type PackIssue } from '../../shared/pack-schema';

export interface PublishedPack {
  area: string;
  version: number;
  etag: string;
  publishedAt: string;
  publishedBy: string;
  pack: AreaPack;
}

/** A pack or an edit the schema refused; `issues` say where and why, nothing was stored. */
export class PackInvalid extends Error {
  constructor(readonly issues: PackIssue[]) {
    super(
      `The pack was not published: ${issues.map((i) => `${i.file ? `${i.file} ` : ''}${i.path || '(top)'}: ${i.message} [${i.rule}]`).join('; ')}`,
    );
    this.name = 'PackInvalid';
  }
}

export const NATIONAL = 'national';

interface PackRow {
  area: string;
  version: number;
  body: string;
  etag: string;
  published_at: Date | string;
  published_by: string;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const toPublished = (r: PackRow): PublishedPack => ({
  area: r.area,
  version: r.version,
  etag: r.etag,
  publishedAt: iso(r.published_at),
  publishedBy: r.published_by,
  pack: JSON.parse(r.body) as AreaPack,
});

async function currentRow(db: Queryable, area: string): Promise<PackRow | undefined> {
  const rows = await db.query<PackRow>('SELECT * FROM content_packs WHERE area = $1 ORDER BY version DESC LIMIT 1', [area]);
  return rows[0];
}

export async function currentPack(db: Database, area: string): Promise<PublishedPack | undefined> {
  const row = await currentRow(db, area);
  return row && toPublished(row);
}

/** The newest version number and ETag only, for answering If-None-Match without reading the body. */
export async function currentVersion(db: Database, area: string): Promise<{ version: number; etag: string } | undefined> {
  const rows = await db.query<{ version: number; etag: string }>(
    'SELECT version, etag FROM content_packs WHERE area = $1 ORDER BY version DESC LIMIT 1',
    [area],
  );
  return rows[0];
}

export async function packVersions(db: Database, area: string): Promise<{ version: number; publishedAt: string; publishedBy: string }[]> {
  const rows = await db.query<PackRow>('SELECT version, published_at, published_by FROM content_packs WHERE area = $1 ORDER BY version', [
    area,
  ]);
  return rows.map((r) => ({ version: r.version, publishedAt: iso(r.published_at), publishedBy: r.published_by }));
}

/** One published version, for export or for looking back. */
export async function packVersion(db: Database, area: string, version: number): Promise<PublishedPack | undefined> {
  const rows = await db.query<PackRow>('SELECT * FROM content_packs WHERE area = $1 AND version = $2', [area, version]);
  return rows[0] && toPublished(rows[0]);
}

/** Areas with a published pack (not the national one), in name order. */
export async function publishedAreas(db: Database): Promise<string[]> {
  const rows = await db.query<{ area: string }>('SELECT DISTINCT area FROM content_packs WHERE area <> $1 ORDER BY area', [NATIONAL]);
  return rows.map((r) => r.area);
}

/** Checks a pack as it would be published: the schema, its area, and its references (national or its own). */
export async function checkPack(db: Queryable, area: string, input: unknown): Promise<AreaPack> {
  const parsed = parsePack(input);
  if (!parsed.ok) throw new PackInvalid(parsed.issues);
  const pack = parsed.pack;
  if (pack.area !== area)
    throw new PackInvalid([{ path: 'area', rule: 'area', message: `this pack is for "${pack.area}", not "${area}"` }]);
  if (area === NATIONAL) {
    if (pack.inherits) throw new PackInvalid([{ path: 'inherits', rule: 'inherits', message: 'the national pack inherits nothing' }]);
    await checkChildren(db, pack);
    return pack;
  }
  if (pack.inherits !== NATIONAL) throw new PackInvalid([{ path: 'inherits', rule: 'inherits', message: 'an area inherits "national"' }]);
  const parent = await currentRow(db, NATIONAL);
  if (!parent) throw new PackInvalid([{ path: 'inherits', rule: 'inherits', message: 'publish the national pack first' }]);
  const missing = missingReferences(pack, JSON.parse(parent.body) as AreaPack);
  if (missing.length) throw new PackInvalid(missing);
  return pack;
}

// A new national pack may not drop a fact an area still refers to: that area's page would lose it.
async function checkChildren(db: Queryable, national: AreaPack): Promise<void> {
  const areas = await db.query<PackRow>(
    'SELECT DISTINCT ON (area) area, body FROM content_packs WHERE area <> $1 ORDER BY area, version DESC',
    [NATIONAL],
  );
  const issues = areas.flatMap((r) => missingReferences(JSON.parse(r.body) as AreaPack, national, `${r.area}`));
  if (issues.length) throw new PackInvalid(issues);
}

export async function publishPack(db: Database, area: string, pack: unknown, by: string): Promise<PublishedPack> {
  return db
    .transaction(async (tx) => {
      // One publisher at a time per area, so versions never collide and checks see the latest parent.
      await tx.query('SELECT pg_advisory_xact_lock(5, 0)');
      const valid = await checkPack(tx, area, pack);
      const body = JSON.stringify(valid);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      const last = await currentRow(tx, area);
      const rows = await tx.query<PackRow>(
        'INSERT INTO content_packs (area, version, body, etag, published_by) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [area, (last?.version ?? 0) + 1, body, etag, by],
      );
      return toPublished(rows[0]!);
    })
    .then((published) => {
      registerPackArea(published.pack);
      return published;
    });
}

/** Makes a published area known to report validation and reference prefixes. */
export function registerPackArea(pack: AreaPack): void {
  if (pack.area !== NATIONAL) registerArea({ id: pack.area, prefix: pack.prefix ?? 'WAY', council: pack.council?.name ?? pack.name });
}
