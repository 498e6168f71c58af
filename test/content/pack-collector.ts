// Reads the TypeScript content modules and builds the packs: exported facts keep their export name as id
// (national pack), each area's own facts get ids from where they sit (council-phone, bosco-phone, bins-contact).
import type { AreaPack, PackFact, PackTopic } from '../../src/shared/pack-schema';
import type { Fact } from '../../src/app/content/fact';
import type { TopicContent } from '../../src/app/content/topic-content';
import { factText } from '../../src/app/content/format';
import { localOf } from '../../src/app/content/local';
import { binRulesFor } from '../../src/app/content/bins/area-bins';
import { AREAS, type AreaId } from '../../src/shared/areas';
import type { Category } from '../../src/shared/report';
import * as NATIONAL from '../../src/app/content/national';
import * as HEALTH from '../../src/app/content/health';
import * as MONEY from '../../src/app/content/money';
import * as MONEY_CHANGES from '../../src/app/content/money-changes';
import * as CONTACTS from '../../src/app/content/contacts';
import * as ESOL from '../../src/app/content/esol';
import * as SCHOOLS from '../../src/app/content/schools';
import { binsToPack, packed, SEED_UPDATED } from './pack-bins-collector';
import { MOVED_SNAPSHOT } from './moved-topics';
import { MOVED_ROUTES } from './routes-snapshot';

/** Modules whose exported facts are national. Add a new topic module here. */
export const MODULES: readonly Record<string, unknown>[] = [NATIONAL, HEALTH, MONEY, MONEY_CHANGES, CONTACTS, ESOL, SCHOOLS];
/** Topic id → its content. Add a new topic here. */
export const TOPICS: Readonly<Record<string, TopicContent>> = {
  gp: HEALTH.HEALTH,
  esol: ESOL.ESOL,
  schools: SCHOOLS.SCHOOLS,
  'migrant-help': CONTACTS.CONTACTS,
  money: MONEY.MONEY,
};

const KINDS = new Set(['phone', 'address', 'link', 'amount', 'email', 'count', 'rule']);
const isFact = (x: unknown): x is Fact =>
  typeof x === 'object' && x !== null && KINDS.has((x as Fact).kind) && Array.isArray((x as Fact).sources);
const kebab = (name: string) => name.toLowerCase().replace(/_/g, '-');
const words = (s: string) =>
  s
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

class Ids {
  readonly byRef = new Map<object, string>();
  readonly facts = new Map<string, PackFact>();
  add(fact: Fact, id: string): string {
    const known = this.byRef.get(fact);
    if (known) return known;
    if (this.facts.has(id)) throw new Error(`fact id ${id} is taken`);
    this.byRef.set(fact, id);
    this.facts.set(id, packed(fact, id));
    return id;
  }
}

// A value a sentence shows is a fact's own text where one of the topic's facts reads the same, the closest by name.
function valueOf(key: string, text: string, facts: { id: string; fact: Fact }[]): PackTopic['values'][string] {
  const same = facts.filter((f) => factText({ ...f.fact, name: undefined } as Fact) === text || factText(f.fact) === text);
  if (!same.length) return { text };
  const score = (id: string) => words(key).filter((w) => id.split('-').includes(w) || id.replace(/-/g, '') === w).length;
  return { fact: [...same].sort((a, b) => score(b.id) - score(a.id))[0]!.id };
}

function topicOf(content: TopicContent, area: AreaId, idOf: (f: Fact, hint: string) => string): PackTopic {
  const sections = content.sections(area).map((s) => ({
    id: s.id,
    facts: s.facts.map((f, i) => idOf(f, `${content.topic}-${s.id}-${i}`)),
    ...(s.names ? { names: [...s.names] } : {}),
    ...(s.terms ? { terms: [...s.terms] } : {}),
  }));
  const facts = content.sections(area).flatMap((s) => s.facts.map((fact) => ({ id: idOf(fact, ''), fact })));
  const values = Object.fromEntries(Object.entries(content.values(area)).map(([k, text]) => [k, valueOf(k, text, facts)]));
  return { ns: content.ns, sections, values, ...(content.counts ? { counts: { ...content.counts } } : {}) };
}

export function collectPacks(areas: readonly AreaId[], categories: readonly Category[]): AreaPack[] {
  const national = new Ids();
  for (const mod of MODULES) for (const [name, value] of Object.entries(mod)) if (isFact(value)) national.add(value, kebab(name));
  // The topics moved later have no modules: their facts and topics come from moved-facts.json, under the ids it gives.
  for (const [id, fact] of Object.entries(MOVED_SNAPSHOT.national?.facts ?? {})) national.add(fact, id);
  const perArea = areas.map((area) => {
    const own = new Ids();
    const local = localOf(area);
    const idOf = (f: Fact, hint: string) => national.byRef.get(f) ?? own.byRef.get(f) ?? own.add(f, hint);
    const council = { name: local.council.name, phone: own.add(local.council.phone, 'council-phone') };
    const skills = {
      name: local.skills.name,
      fact: own.add(local.skills.fact, 'skills'),
      ...(local.skills.example ? { example: own.add(local.skills.example, 'skills-example') } : {}),
    };
    const place = (p: (typeof local.places)[number] & { link?: Fact }, prefix = '') => ({
      id: p.id,
      name: p.name,
      facts: p.facts.map((f, i) => idOf(f, `${prefix}${kebab(p.id.replace(/([A-Z])/g, '-$1'))}-${f.kind}-${i}`)),
      ...(p.phone ? { phone: idOf(p.phone, '') } : {}),
      ...(p.address ? { address: idOf(p.address, '') } : {}),
      ...(p.link ? { link: idOf(p.link, '') } : {}),
    });
    const esolProvider = place(local.esolProvider, 'esol-');
    const places = local.places.map((p) => place(p));
    for (const [id, fact] of Object.entries(MOVED_SNAPSHOT[area]?.facts ?? {})) own.add(fact, id);
    const topics = Object.fromEntries(Object.entries(TOPICS).map(([id, c]) => [id, topicOf(c, area, idOf)]));
    Object.assign(topics, MOVED_SNAPSHOT[area]?.topics);
    // routes-data.ts is gone: each area's routes are the ones it gave, kept in moved-routes.json.
    const routes = Object.fromEntries(categories.map((c) => [c, MOVED_ROUTES.pack.routes[area]![c]!]));
    const bins = binsToPack(binRulesFor(area)!, (f, hint) => own.add(f, hint));
    const prefix = AREAS.find((a) => a.id === area)!.prefix;
    return { area, own, pack: { council, skills, esolProvider, places, stopHate: local.stopHate, topics, routes, bins, prefix } };
  });
  // The routes' and hazards' own rules (route-…, hazard-…) and the hazards, as routes-data.ts gave them.
  for (const fact of MOVED_ROUTES.pack.facts) national.facts.set(fact.id, fact);
  const hazards = MOVED_ROUTES.pack.hazards;
  const base = { schema: 1 as const, updated: SEED_UPDATED };
  // What an area without its own data gets: the moved topics as they read outside the seed areas.
  const nationalTopics = MOVED_SNAPSHOT.national?.topics ?? {};
  return [
    { ...base, area: 'national', name: 'United Kingdom', facts: [...national.facts.values()], topics: nationalTopics, hazards },
    ...perArea.map(({ area, own, pack }) => ({
      ...base,
      area,
      inherits: 'national',
      name: AREAS.find((a) => a.id === area)!.council.replace(/ (Borough )?Council$/, ''),
      ...pack,
      facts: [...own.facts.values()].filter((f) => !national.facts.has(f.id)),
    })),
  ];
}
