import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';
import { seedPacks } from './pack-seed';
import * as store from './pack-store';

describe.each(testDrivers())('GET /api/packs on $name', (driver) => {
  let db: Database;
  beforeAll(async () => {
    db = await driver.open();
    await seedPacks(db);
  });
  afterAll(() => db.close());

  it('lists the published areas with their names and report prefixes', async () => {
    const res = await createTestApp(db).request('/api/packs');
    expect(await res.json()).toEqual({
      areas: [
        { id: 'sefton', name: 'Sefton', prefix: 'SEF' },
        { id: 'stockton', name: 'Stockton-on-Tees', prefix: 'STO' },
      ],
    });
  });

  it("answers an area's pack and the national pack with a strong ETag, and 304 when the phone has it", async () => {
    const app = createTestApp(db);
    const res = await app.request('/api/packs/sefton');
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    const body = (await res.json()) as { area: string; pack: { council: { name: string } }; national: { area: string } };
    expect(body.pack.council.name).toBe('Sefton Council');
    expect(body.national.area).toBe('national');
    const again = await app.request('/api/packs/sefton', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('builds each version once and gives a new ETag when a new version is published', async () => {
    const app = createTestApp(db);
    const spy = vi.spyOn(store, 'packVersion');
    const first = await app.request('/api/packs/stockton');
    await app.request('/api/packs/stockton');
    expect(spy).toHaveBeenCalledTimes(2);
    const pack = structuredClone((await store.currentPack(db, 'stockton'))!.pack);
    pack.updated = '2026-12-02';
    await store.publishPack(db, 'stockton', pack, 'editor@test');
    const second = await app.request('/api/packs/stockton', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(((await second.json()) as { pack: { updated: string } }).pack.updated).toBe('2026-12-02');
    spy.mockRestore();
  });

  it.for(['nowhere', 'national', 'Sefton', '..%2Fsecret', 'a'.repeat(200)])('answers 404 JSON for the area %s', async (area) => {
    const res = await createTestApp(db).request(`/api/packs/${area}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'unknown_area' });
  });
});
