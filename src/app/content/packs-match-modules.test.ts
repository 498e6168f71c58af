// The record of the move from TypeScript modules to packs: every section, value, place, route and bin rule the old
// modules gave, the packs give too (ids, checkedBy and status are the packs' additions). The packs are the only source
// now: the modules and the move script are deleted (git history has them); what they gave is kept in
// test/content/moved-modules.json (arrival topics, places, bins, and the packs made from them), moved-facts.json (the
// topics moved later) and moved-routes.json (the report's routes and hazards). A reviewed seed change (src/packs) updates
// the snapshot it touches in the same commit, so this test fails on any unreviewed change and the diff shows the reviewed one.
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../shared/areas';
import { CATEGORIES } from '../../shared/report';
import { MOVED_MODULES } from '../../../test/content/modules-snapshot';
import { MOVED_ROUTES } from '../../../test/content/routes-snapshot';
import { EMERGENCY_FACTS } from './emergency-lines';
import { seedArea, seedNational, seedPack } from './seed-packs';
import { resolveArea } from './area-content';
import { parsePackFiles } from '../../shared/pack-files';
import MOVED from '../../../test/content/moved-facts.json';
import type { MovedSnapshot } from '../../../test/content/moved-topics';

const KINDS = new Set(['phone', 'address', 'link', 'amount', 'email', 'count', 'rule']);

function withoutAdditions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAdditions);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([k, v]) => v !== undefined && k !== 'checkedBy' && k !== 'status');
  const isFact = KINDS.has((value as { kind?: string }).kind ?? '') && 'checkedBy' in value;
  return Object.fromEntries(entries.filter(([k]) => !(isFact && k === 'id')).map(([k, v]) => [k, withoutAdditions(v)]));
}
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('the packs hold every fact the TypeScript modules held, unchanged', () => {
  const given = MOVED_MODULES.given;

  it('every exported national fact is in the national pack under its name', () => {
    const national = new Map(seedNational().facts.map((f) => [f.id, f]));
    const names = Object.keys(given.national.facts);
    for (const id of names) expect(withoutAdditions(national.get(id)), id).toEqual(given.national.facts[id]);
    expect(names.length).toBeGreaterThan(70);
  });

  it('the snapshot has both seed areas and the five arrival topics', () => {
    expect(Object.keys(given.areas).sort()).toEqual([...AREA_IDS].sort());
    for (const area of AREA_IDS)
      expect(Object.keys(given.areas[area]!.topics).sort()).toEqual(['esol', 'gp', 'migrant-help', 'money', 'schools']);
  });

  it('the packs are the ones the move script made from the modules', () => {
    expect(plain(seedNational())).toEqual(MOVED_MODULES.pack.national);
    for (const area of AREA_IDS) expect(plain(seedPack(area)), area).toEqual(MOVED_MODULES.pack[area]);
  });

  describe.each(AREA_IDS)('in %s', (area) => {
    const content = seedArea(area)!;
    const before = given.areas[area]!;

    it.each(['gp', 'esol', 'schools', 'migrant-help', 'money'])('the %s topic has the same sections, facts, values and counts', (topic) => {
      const old = before.topics[topic]!;
      const after = content.topics[topic]!;
      expect(after.ns).toBe(old.ns);
      expect(withoutAdditions(after.sections)).toEqual(old.sections);
      expect(after.values).toEqual(old.values);
      expect(after.counts).toEqual(old.counts);
    });

    it('the council, skills, English classes and local places are the same', () => {
      expect(withoutAdditions(content.local)).toEqual(before.local);
    });

    it('the bin rules are the same', () => {
      expect(withoutAdditions(content.bins)).toEqual(before.bins);
    });

    it.each(CATEGORIES)('who to tell about %s is the same', (category) => {
      expect(withoutAdditions(content.routes[category])).toEqual(MOVED_ROUTES.given.routes[area]![category]);
    });

    it('what to do now for each urgent repair is the same', () => {
      expect(withoutAdditions(content.hazards)).toEqual(MOVED_ROUTES.given.hazards);
    });
  });

  it('999 and the gas line the report page draws from code are the ones routes-data.ts gave', () => {
    expect(plain(EMERGENCY_FACTS)).toEqual(MOVED_ROUTES.given.emergency);
  });
});

const FILES = import.meta.glob<unknown>(['../../packs/*/*.json', '../../../test/fixtures/packs/riverside/*.json'], {
  eager: true,
  import: 'default',
});
/** A pack as written in its folder (riverside: the fixture of an area added from a pack, with no topics of its own for these). */
function written(area: string) {
  const files = Object.entries(FILES).filter(([path]) => path.split('/').at(-2) === area);
  const parsed = parsePackFiles(Object.fromEntries(files.map(([path, c]) => [path.split('/').at(-1)!, c])), area, seedNational());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.pack;
}

describe('the topics moved later hold every fact their modules gave (moved-facts.json), unchanged', () => {
  const moved = MOVED as unknown as MovedSnapshot;
  // What a page gets: the seed area's pack, or for the national topics an area that has none of its own.
  const shownIn = (area: string) =>
    area === 'national'
      ? resolveArea({
          area: 'riverside',
          version: 'test',
          publishedAt: '2026-12-01T00:00:00.000Z',
          pack: written('riverside'),
          national: seedNational(),
        })
      : seedArea(area)!;

  it('has the national pack and both seed areas, with every moved topic', () => {
    expect(Object.keys(moved).sort()).toEqual(['national', 'sefton', 'stockton']);
    expect(Object.keys(moved.national!.topics).sort()).toEqual([
      'complaints',
      'decision',
      'food',
      'legal-help',
      'mind',
      'staying-safe',
      'words',
    ]);
    expect(Object.keys(moved.national!.facts).length).toBeGreaterThan(60);
  });

  describe.each(Object.keys(moved))('in %s', (area) => {
    const snapshot = moved[area]!;
    const pack = written(area);

    it('every moved fact is in the pack under its id, unchanged', () => {
      const facts = new Map(pack.facts.map((f) => [f.id, f] as const));
      for (const [id, fact] of Object.entries(snapshot.facts)) expect(withoutAdditions(facts.get(id)), id).toEqual(fact);
    });

    it.each(Object.keys(snapshot.topics))('the %s topic has the same sections, values and counts, and shows the same values', (topic) => {
      expect(pack.topics![topic]).toEqual(snapshot.topics[topic]);
      const shown = Object.fromEntries(Object.entries(snapshot.shown[topic]!).filter(([, text]) => text !== ''));
      expect(shownIn(area).topics[topic]!.values).toEqual(shown);
    });
  });
});
