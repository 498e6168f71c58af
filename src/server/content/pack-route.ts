// GET /api/packs: the areas people can choose; GET /api/packs/<area>: that area's pack with the national pack it
// inherits, built once per pair of versions and answered with a strong ETag (304 when the phone already has it).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
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

interface Built {
  body: string;
  gzip: Buffer;
  etag: string;
  gzipEtag: string;
}

const AREA = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** An area's current pack body, built once per pair of versions: what the route sends and what the page renderer draws. */
export interface PackBodies {
  current(area: string): Promise<(Built & { version: string }) | undefined>;
}

export function createPackBodies(db: Database): PackBodies {
  const built = new Map<string, Built>();

  async function build(area: string, versions: [number, number]): Promise<Built | undefined> {
    const key = `${area}@${versions[0]}+${NATIONAL}@${versions[1]}`;
    const cached = built.get(key);
    if (cached) return cached;
    const [own, national] = await Promise.all([packVersion(db, area, versions[0]), packVersion(db, NATIONAL, versions[1])]);
    if (!own || !national) return undefined;
    const newest = own.publishedAt > national.publishedAt ? own.publishedAt : national.publishedAt;
    const value: AreaPackBody = { area, version: key, publishedAt: newest, pack: own.pack, national: national.pack };
    const body = JSON.stringify(value);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    // Compressed once per version, each form with its own strong ETag (a weakening middleware would break 304s).
    const entry = { body, gzip: gzipSync(body), etag: `"${hash}"`, gzipEtag: `"${hash}-gz"` };
    // Only the newest pair per area is kept: older versions are never asked for again by a current phone.
    for (const k of built.keys()) if (k.startsWith(`${area}@`)) built.delete(k);
    built.set(key, entry);
    return entry;
  }

  return {
    async current(area) {
      if (!AREA.test(area) || area === NATIONAL) return undefined;
      const [own, national] = await Promise.all([currentVersion(db, area), currentVersion(db, NATIONAL)]);
      if (!own || !national) return undefined;
      const entry = await build(area, [own.version, national.version]);
      return entry && { ...entry, version: `${area}@${own.version}+${NATIONAL}@${national.version}` };
    },
  };
}

export function mountPacks(app: Hono, db: Database, bodies: PackBodies = createPackBodies(db)): void {
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
    const entry = await bodies.current(c.req.param('area'));
    if (!entry) return c.json({ error: 'unknown_area' }, 404);
    const gzip = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
    const etag = gzip ? entry.gzipEtag : entry.etag;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    const sent = c.req.header('If-None-Match');
    if (sent && sent.split(',').some((t) => t.trim() === etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    if (!gzip) return c.body(entry.body);
    c.header('Content-Encoding', 'gzip');
    return c.body(new Uint8Array(entry.gzip));
  });
}
