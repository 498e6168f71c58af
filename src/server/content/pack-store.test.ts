import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { testDrivers } from '../testing/test-database';
import type { AreaPack } from '../../shared/pack-schema';
import { seedPacks } from './pack-seed';
import { currentPack, PackInvalid, packVersions, publishPack } from './pack-store';

describe.each(testDrivers())('the pack store on $name', (driver) => {
  let db: Database;
  beforeAll(async () => {
    db = await driver.open();
    await seedPacks(db);
  });
  afterAll(() => db.close());

  it('publishes the repository packs as version 1 on a fresh database, and only once', async () => {
    expect((await currentPack(db, 'national'))?.version).toBe(1);
    const sefton = await currentPack(db, 'sefton');
    expect(sefton).toMatchObject({ area: 'sefton', version: 1, publishedBy: 'seed (src/packs)' });
    expect(sefton!.pack.council?.name).toBe('Sefton Council');
    expect(await seedPacks(db)).toEqual([]);
  });

  it('keeps every version and serves the newest, with a new strong ETag', async () => {
    const before = (await currentPack(db, 'stockton'))!;
    const edited = structuredClone(before.pack);
    edited.council!.name = 'Stockton Council (edited in a test)';
    const next = await publishPack(db, 'stockton', edited, 'editor@test');
    expect(next.version).toBe(before.version + 1);
    expect(next.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(next.etag).not.toBe(before.etag);
    expect((await currentPack(db, 'stockton'))?.pack.council?.name).toBe('Stockton Council (edited in a test)');
    const versions = await packVersions(db, 'stockton');
    expect(versions.map((v) => v.version)).toEqual([1, next.version]);
    expect(versions.at(-1)?.publishedBy).toBe('editor@test');
  });

  it('refuses an invalid edit with issues naming the path and the rule, and keeps serving the last good version', async () => {
    const good = (await currentPack(db, 'sefton'))!;
    const bad = structuredClone(good.pack) as AreaPack & { facts: { digits?: string }[] };
    const phone = bad.facts.findIndex((f) => f.kind === 'phone');
    bad.facts[phone]!.digits = '0345 140 0845';
    const err = await publishPack(db, 'sefton', bad, 'editor@test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PackInvalid);
    expect((err as PackInvalid).issues).toEqual([expect.objectContaining({ path: `facts.${phone}.digits`, rule: 'regex' })]);
    expect(await currentPack(db, 'sefton')).toEqual(good);
  });

  it('refuses an area pack that names a fact neither it nor the national pack holds', async () => {
    const pack = structuredClone((await currentPack(db, 'sefton'))!.pack);
    pack.topics!.gp!.sections[0]!.facts.push('no-such-fact');
    const err = (await publishPack(db, 'sefton', pack, 'editor@test').catch((e: unknown) => e)) as PackInvalid;
    expect(err.issues).toEqual([expect.objectContaining({ path: 'topics.gp.sections.0.facts.4', rule: 'reference' })]);
    expect((await packVersions(db, 'sefton')).length).toBe(1);
  });

  it('refuses a national pack that drops a fact its own urgent-repair advice shows', async () => {
    const national = structuredClone((await currentPack(db, 'national'))!.pack);
    national.facts = national.facts.filter((f) => f.id !== 'migrant-help');
    const err = (await publishPack(db, 'national', national, 'editor@test').catch((e: unknown) => e)) as PackInvalid;
    expect(err.issues).toContainEqual(expect.objectContaining({ path: 'hazards.heating.facts.0', rule: 'reference' }));
    expect((await currentPack(db, 'national'))?.version).toBe(1);
  });

  it('refuses a national pack that drops a fact an area still shows', async () => {
    const national = structuredClone((await currentPack(db, 'national'))!.pack);
    // gp-anyone is shown by the areas' own gp topic only (the national pack's topics do not use it).
    national.facts = national.facts.filter((f) => f.id !== 'gp-anyone');
    const err = (await publishPack(db, 'national', national, 'editor@test').catch((e: unknown) => e)) as PackInvalid;
    expect(err).toBeInstanceOf(PackInvalid);
    expect(err.issues.some((i) => i.file === 'sefton' && i.rule === 'reference')).toBe(true);
    expect((await currentPack(db, 'national'))?.version).toBe(1);
  });

  it('refuses a national pack that drops a fact its own topics show', async () => {
    const national = structuredClone((await currentPack(db, 'national'))!.pack);
    national.facts = national.facts.filter((f) => f.id !== 'migrant-help');
    const err = (await publishPack(db, 'national', national, 'editor@test').catch((e: unknown) => e)) as PackInvalid;
    expect(err).toBeInstanceOf(PackInvalid);
    expect(err.issues.some((i) => i.path.startsWith('topics.decision.') && i.rule === 'reference')).toBe(true);
    expect((await currentPack(db, 'national'))?.version).toBe(1);
  });

  it('refuses a pack published under another area', async () => {
    const pack = (await currentPack(db, 'sefton'))!.pack;
    await expect(publishPack(db, 'stockton', pack, 'editor@test')).rejects.toMatchObject({ issues: [{ path: 'area', rule: 'area' }] });
  });
});
