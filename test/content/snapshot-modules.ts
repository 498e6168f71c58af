// One-off, run once before the arrival topics' modules were deleted: `npx tsx test/content/snapshot-modules.ts` writes
// test/content/moved-modules.json, what those modules gave (`given`) and the packs the collector made from them (`pack`).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../../src/shared/report';
import { AREA_IDS } from '../../src/shared/areas';
import { parsePack } from '../../src/shared/pack-schema';
import { localOf } from '../../src/app/content/local';
import { binRulesFor } from '../../src/app/content/bins/area-bins';
import { collectPacks, MODULES, TOPICS } from './pack-collector';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const KINDS = new Set(['phone', 'address', 'link', 'amount', 'email', 'count', 'rule']);
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const facts: Record<string, unknown> = {};
for (const mod of MODULES)
  for (const [name, value] of Object.entries(mod))
    if (typeof value === 'object' && value !== null && KINDS.has((value as { kind?: string }).kind ?? ''))
      facts[name.toLowerCase().replace(/_/g, '-')] = plain(value);

const areas = Object.fromEntries(
  AREA_IDS.map((area) => [
    area,
    {
      topics: Object.fromEntries(
        Object.entries(TOPICS).map(([id, c]) => [
          id,
          plain({ ns: c.ns, sections: c.sections(area), values: c.values(area), ...(c.counts ? { counts: c.counts } : {}) }),
        ]),
      ),
      local: plain(localOf(area)),
      bins: plain(binRulesFor(area)),
    },
  ]),
);

const collected = collectPacks(AREA_IDS, CATEGORIES);
const national = parsePack(collected[0]);
if (!national.ok) throw new Error(JSON.stringify(national.issues));
const pack = Object.fromEntries(
  collected.map((p) => {
    const r = parsePack(p, p.area, p.area === 'national' ? undefined : national.pack);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return [p.area, plain(r.pack)];
  }),
);

const about =
  'Written by test/content/snapshot-modules.ts from the arrival topics\u2019 TypeScript modules (national, health, esol, schools, contacts, ' +
  'money, money-changes, local, bins) just before they were deleted: `given` is what they gave (national facts by export name, each ' +
  'area\u2019s topics, local places and bin rules), `pack` the packs the move script made from them. ' +
  'packs-match-modules.test.ts compares src/packs with it; a reviewed seed change updates this file in the same commit.';
const out = { about, given: { national: { facts }, areas }, pack };
writeFileSync(join(root, 'test/content/moved-modules.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`${Object.keys(facts).length} national facts, ${AREA_IDS.length} areas`);
