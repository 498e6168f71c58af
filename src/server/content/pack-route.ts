// GET /api/packs: the areas people can choose; GET /api/packs/<area>: that area's pack with the national pack it
// inherits, built once per pair of versions and answered with a strong ETag (304 when the phone already has it).
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { Database } from '../db/database';
import { currentPack, currentVersion, NATIONAL, packVersion, publishedAreas } from './pack-store';

/** What the phone gets: its area's pack and the national one, each with its version and publication time. */
export interface AreaPackBody {
  area: string;
  version: string;
  publishedAt: string;
  pack: unknown;
  national: unknown;
}

const AREA = /^[a-z0-9][a-z0-9-]{0,40}$/;

export function mountPacks(app: Hono, db: Database): void {
  const built = new Map<string, { body: string; etag: string }>();

  async function build(area: string, versions: [number, number]): Promise<{ body: string; etag: string } | undefined> {
    const key = `${area}@${versions[0]}+${NATIONAL}@${versions[1]}`;
    const cached = built.get(key);
    if (cached) return cached;
    const [own, national] = await Promise.all([packVersion(db, area, versions[0]), packVersion(db, NATIONAL, versions[1])]);
    if (!own || !national) return undefined;
    const newest = own.publishedAt > national.publishedAt ? own.publishedAt : national.publishedAt;
    const value: AreaPackBody = { area, version: key, publishedAt: newest, pack: own.pack, national: national.pack };
    const body = JSON.stringify(value);
    const entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    // Only the newest pair per area is kept: older versions are never asked for again by a current phone.
    for (const k of built.keys()) if (k.startsWith(`${area}@`)) built.delete(k);
    built.set(key, entry);
    return entry;
  }

  app.get('/api/packs', async (c) => {
    const areas = await Promise.all(
      (await publishedAreas(db)).map(async (id) => {
        const pack = (await currentPack(db, id))?.pack;
        return { id, name: pack?.name ?? id, prefix: pack?.prefix ?? 'WAY' };
      }),
    );
    c.header('Cache-Control', 'no-cache');
    return c.json({ areas });
  });

  app.get('/api/packs/:area', async (c) => {
    const area = c.req.param('area');
    if (!AREA.test(area) || area === NATIONAL) return c.json({ error: 'unknown_area' }, 404);
    const [own, national] = await Promise.all([currentVersion(db, area), currentVersion(db, NATIONAL)]);
    if (!own || !national) return c.json({ error: 'unknown_area' }, 404);
    const entry = await build(area, [own.version, national.version]);
    if (!entry) return c.json({ error: 'unknown_area' }, 404);
    c.header('ETag', entry.etag);
    c.header('Cache-Control', 'no-cache');
    const sent = c.req.header('If-None-Match');
    if (sent && sent.split(',').some((t) => t.trim() === entry.etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(entry.body);
  });
}
