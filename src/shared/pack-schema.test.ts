import { describe, expect, it } from 'vitest';
import { parsePackFiles, splitPack } from './pack-files';
import { parsePack, type AreaPack } from './pack-schema';

const FILES = import.meta.glob<unknown>('../packs/*/*.json', { eager: true, import: 'default' });
const folder = (area: string) =>
  Object.fromEntries(Object.entries(FILES).flatMap(([path, c]) => (path.split('/').at(-2) === area ? [[path.split('/').at(-1)!, c]] : [])));
const national = () => {
  const r = parsePackFiles(folder('national'), 'src/packs/national');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.pack;
};
const sefton = (): AreaPack => {
  const r = parsePackFiles(folder('sefton'), 'src/packs/sefton', national());
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.pack;
};

describe('the content pack schema', () => {
  it('accepts the repository packs, and a pack split into files joins back to the same pack', () => {
    const pack = sefton();
    const again = parsePackFiles(splitPack(pack), 'x', national());
    expect(again).toEqual({ ok: true, pack });
  });

  it('names the file, the path and the rule of a bad phone number', () => {
    const files = structuredClone(folder('sefton')) as Record<string, { facts?: { kind: string; digits?: string }[] }>;
    const i = files['facts.json']!.facts!.findIndex((f) => f.kind === 'phone');
    files['facts.json']!.facts![i]!.digits = 'call us';
    const r = parsePackFiles(files, 'src/packs/sefton', national());
    expect(r).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: 'src/packs/sefton/facts.json', path: `facts.${i}.digits`, rule: 'regex' })],
    });
  });

  it('refuses a fact without a source, or not verified but shown without the CHECK caveat', () => {
    const unsourced = structuredClone(national());
    unsourced.facts[0]!.sources = [];
    const r = parsePack(unsourced, 'national');
    expect(!r.ok && r.issues.map((i) => [i.file, i.path, i.rule])).toEqual([['national', 'facts.0.sources', 'min_length']]);
    const unverified = structuredClone(national());
    unverified.facts[1]!.status = 'unverified';
    delete unverified.facts[1]!.caveat;
    const u = parsePack(unverified, 'national');
    expect(!u.ok && u.issues.map((i) => [i.file, i.path, i.rule])).toEqual([['national', 'facts.1.caveat', 'status']]);
  });

  it('refuses an id used twice, a reference to a missing fact and a key in the wrong file', () => {
    const pack = structuredClone(sefton());
    pack.facts.push({ ...pack.facts[0]! });
    pack.bins!.contact = 'gone';
    const r = parsePack(pack, undefined, national());
    expect(!r.ok && r.issues.map((i) => [i.path, i.rule])).toEqual([
      [`facts.${pack.facts.length - 1}.id`, 'unique'],
      ['bins.contact', 'reference'],
    ]);
    const files = { 'area.json': { ...splitPack(sefton())['area.json'], facts: [] } };
    const moved = parsePackFiles(files, 'src/packs/sefton');
    expect(!moved.ok && moved.issues[0]).toMatchObject({ file: 'src/packs/sefton/area.json', path: 'facts', rule: 'file' });
  });
});

describe('the throw-away fixture area', () => {
  const FIXTURE = import.meta.glob<unknown>('../../test/fixtures/packs/riverside/*.json', { eager: true, import: 'default' });
  it('is a valid pack that inherits the national facts', () => {
    const files = Object.fromEntries(Object.entries(FIXTURE).map(([p, c]) => [p.split('/').at(-1)!, c]));
    const r = parsePackFiles(files, 'test/fixtures/packs/riverside', national());
    expect(r.ok ? r.pack.prefix : r.issues).toBe('RIV');
  });

  it("refuses a bad English label for the area's own words, naming the file and the key", () => {
    const files = structuredClone(Object.fromEntries(Object.entries(FIXTURE).map(([p, c]) => [p.split('/').at(-1)!, c]))) as Record<
      string,
      { words?: Record<string, Record<string, string>> }
    >;
    const bins = files['words.json']!.words!.bins!;
    bins['container.riverside.blue.name'] = '<b>Blue</b> bin';
    bins['container.riverside.blue.purpose'] = '  ';
    bins['rules.riverside.blue.in.paper'] = 'Paper by {time}.';
    bins['contact.riverside'] = 'Call $t(contact.sefton)';
    bins['container.sefton.grey.name'] = 'Not our bin';
    files['words.json']!.words!.food = { 'local.riverside.north': 'A food bank' };
    const r = parsePackFiles(files, 'riverside', national());
    expect(!r.ok && r.issues.map((i) => [i.file, i.path, i.rule])).toEqual([
      ['riverside/words.json', 'words.bins.container.riverside.blue.name', 'check'],
      ['riverside/words.json', 'words.bins.container.riverside.blue.purpose', 'non_empty'],
      ['riverside/words.json', 'words.bins.rules.riverside.blue.in.paper', 'check'],
      ['riverside/words.json', 'words.bins.contact.riverside', 'check'],
      ['riverside/words.json', 'words.food', 'picklist'],
    ]);
    delete files['words.json']!.words!.food;
    for (const key of Object.keys(bins)) if (key !== 'container.sefton.grey.name') delete bins[key];
    const own = parsePackFiles(files, 'riverside', national());
    expect(!own.ok && own.issues.map((i) => [i.file, i.path, i.rule])).toEqual([
      ['riverside/words.json', 'words.bins.container.sefton.grey.name', 'own'],
    ]);
  });
});
