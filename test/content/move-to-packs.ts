// Moves the TypeScript content modules into content packs: `npx tsx test/content/move-to-packs.ts` writes
// src/packs/<area>/*.json (area, facts, bins, topics, routes) for national, sefton and stockton. Re-run it after a topic module is added in the old style.
//
// To move one more module (say src/app/content/safety.ts exporting SAFETY: TopicContent and some facts):
//   1. add `import * as SAFETY from '../../src/app/content/safety'` to MODULES below (its exported facts get ids from
//      their export names, MY_FACT → my-fact, and go to the national pack);
//   2. add its TopicContent to TOPICS (topic id → content), so each area's sections and values are written;
//   3. run the script, then `npx vitest run --project app src/app/content/packs-match-modules.test.ts`, which
//      compares every fact before and after, and commit the packs.
//   4. once nothing in src/app imports the module, keep the proof and delete it: write a snapshot of what it gave
//      (as test/content/moved-facts.json was written for the decision, legal-help, complaints, staying-safe, mind, food
//      and words modules: facts by id, topics as written, values as shown, per pack) and read that snapshot here instead.
//
// moved-facts.json is the input for those seven topics now (test/content/moved-topics.ts); packs-match-modules.test.ts
// compares the packs with it. An editor's later change to one of them is published through the desk, not this script.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../../src/shared/report';
import { AREA_IDS } from '../../src/shared/areas';
import { splitPack } from '../../src/shared/pack-files';
import { parsePack } from '../../src/shared/pack-schema';
import { collectPacks } from './pack-collector';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

// Written as the schema outputs them (its key order), so `npm run content -- export` gives the same files back.
const collected = collectPacks(AREA_IDS, CATEGORIES);
const national = parsePack(collected[0]);
if (!national.ok) throw new Error(JSON.stringify(national.issues));
const packs = collected.map((p) => {
  const r = parsePack(p, p.area, p.area === 'national' ? undefined : national.pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  // The national facts keep the order of their keys as first written (id and kind first), so a re-run changes no line.
  return p.area === 'national' ? { ...r.pack, facts: p.facts } : r.pack;
});
for (const pack of packs) {
  const folder = join(root, 'src/packs', pack.area);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries(splitPack(pack))) writeFileSync(join(folder, name), JSON.stringify(content, null, 2) + '\n');
  console.log(`${folder}: ${pack.facts.length} facts`);
}
