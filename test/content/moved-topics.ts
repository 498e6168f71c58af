// The topics moved into packs after the first move (issue 14): decision, legal help, complaints, staying safe, health of
// mind, food and the glossary. Their modules are read here once; move-to-packs.ts then writes moved-facts.json.
import type { AreaId } from '../../src/shared/areas';
import type { AreaPack, PackTopic } from '../../src/shared/pack-schema';
import type { Fact } from '../../src/app/content/fact';
import type { TopicContent } from '../../src/app/content/topic-content';
import * as COMPLAINTS from '../../src/app/content/complaints';
import * as DECISION from '../../src/app/content/decision';
import * as FOOD from '../../src/app/content/food';
import * as LEGAL_HELP from '../../src/app/content/legal-help';
import * as MIND from '../../src/app/content/mind';
import * as STAYING_SAFE from '../../src/app/content/staying-safe';
import * as WORDS from '../../src/app/content/words';

/** Per pack (national, sefton, stockton): the moved facts by id, the moved topics as written, each value as shown. */
export type MovedSnapshot = Record<
  string,
  { facts: Record<string, Fact>; topics: Record<string, PackTopic>; shown: Record<string, Readonly<Record<string, string>>> }
>;

/** Modules whose exported facts are national (ids from export names), except those in MOVED_AREA_FACTS. */
export const MOVED_MODULES: readonly Record<string, unknown>[] = [DECISION, LEGAL_HELP, COMPLAINTS, STAYING_SAFE, MIND, FOOD, WORDS];

/** Exported facts only one area states: they go to that area's pack, under their export name. */
export const MOVED_AREA_FACTS: Readonly<Record<string, Readonly<Record<string, Fact>>>> = {
  sefton: {
    SEFTON_PROVIDER: COMPLAINTS.SEFTON_PROVIDER,
    SOUTH_SEFTON_FOODBANK: FOOD.SOUTH_SEFTON_FOODBANK,
    SEFTON_FOODBANKS: FOOD.SEFTON_FOODBANKS,
  },
  stockton: {
    STOCKTON_PROVIDER: COMPLAINTS.STOCKTON_PROVIDER,
    FOOD_POWER: FOOD.FOOD_POWER,
    FOOD_POWER_PAGE: FOOD.FOOD_POWER_PAGE,
    SALVATION_FOODBANK: FOOD.SALVATION_FOODBANK,
    FOOD_CLUB_PRICE: FOOD.FOOD_CLUB_PRICE,
    BILLINGHAM_CLOTHES: FOOD.BILLINGHAM_CLOTHES,
    CLEVELAND_CENTRES: STAYING_SAFE.CLEVELAND_CENTRES,
    CLEVELAND_CENTRES_PAGE: STAYING_SAFE.CLEVELAND_CENTRES_PAGE,
  },
};

/**
 * Topic id → its content. Every moved topic goes to the national pack as an area without its own data gets it;
 * `local` ones (they differ by area) also go to each seed area's pack, which wins over the national one.
 */
export const MOVED_TOPICS: Readonly<Record<string, { content: TopicContent; local: boolean }>> = {
  decision: { content: DECISION.DECISION, local: false },
  'legal-help': { content: LEGAL_HELP.LEGAL_HELP, local: false },
  complaints: { content: COMPLAINTS.COMPLAINTS, local: true },
  'staying-safe': { content: STAYING_SAFE.STAYING_SAFE, local: true },
  mind: { content: MIND.MIND, local: false },
  food: { content: FOOD.FOOD, local: true },
  words: { content: WORDS.WORDS, local: false },
};

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const kebab = (name: string) => name.toLowerCase().replace(/_/g, '-');

/** What the moved modules gave, per pack: facts by id (as the module wrote them), topics as written, values as shown. */
export function movedSnapshot(packs: readonly AreaPack[]): MovedSnapshot {
  const areaOnly = new Set(Object.values(MOVED_AREA_FACTS).flatMap((facts) => Object.values(facts)));
  const nationalFacts: Record<string, Fact> = {};
  for (const mod of MOVED_MODULES)
    for (const [name, value] of Object.entries(mod))
      if (typeof value === 'object' && value && 'kind' in value && 'sources' in value && !areaOnly.has(value as Fact))
        nationalFacts[kebab(name)] ??= plain(value as Fact);
  const entry = (pack: AreaPack, facts: Record<string, Fact>) => {
    const moved = Object.entries(MOVED_TOPICS).filter(([, m]) => pack.area === 'national' || m.local);
    return {
      facts,
      topics: Object.fromEntries(moved.map(([id]) => [id, pack.topics![id]!])),
      shown: Object.fromEntries(moved.map(([id, m]) => [id, m.content.values(pack.area as AreaId)])),
    };
  };
  return Object.fromEntries(
    packs.map((p) => [
      p.area,
      entry(
        p,
        p.area === 'national'
          ? nationalFacts
          : Object.fromEntries(Object.entries(MOVED_AREA_FACTS[p.area] ?? {}).map(([name, f]) => [kebab(name), plain(f)])),
      ),
    ]),
  );
}
