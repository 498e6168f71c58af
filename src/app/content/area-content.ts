// An area's pack and the national pack it inherits, resolved into the shapes the pages use (facts by id, the
// local content, topic sections, routes, bin rules). Pure: the server can resolve a pack the same way.
import type { AreaId } from '../../shared/areas';
import type { AreaPack, PackPlace, PackTopic } from '../../shared/pack-schema';
import type { Hazard } from '../../shared/hazards';
import type { AreaBinRules } from './bins/bin-rules';
import type { AddressFact, Fact, LinkFact, PhoneFact, RuleFact } from './fact';
import { factText } from './format';
import type { ContentSection } from './topic-content';

export interface Place {
  id: string;
  name: string;
  facts: readonly Fact[];
  phone?: PhoneFact;
  address?: AddressFact;
  link?: LinkFact;
}

export interface LocalContent {
  council: { name: string; phone: PhoneFact };
  skills: { name: string; fact: RuleFact; example?: RuleFact };
  esolProvider: Place;
  places: readonly Place[];
  stopHate: boolean;
}

export interface PackRouteResolved {
  id: string;
  text: string;
  phone?: PhoneFact;
  callName?: string;
  callKey?: string;
  facts: readonly (PhoneFact | RuleFact)[];
}

/** What to do now for one urgent repair: whether 999 and the gas line show, and the facts the advice rests on. */
export interface ResolvedHazard {
  emergency: boolean;
  gasLine: boolean;
  facts: readonly (PhoneFact | RuleFact)[];
}

export interface ResolvedTopic {
  ns: string;
  sections: readonly ContentSection[];
  values: Readonly<Record<string, string>>;
  counts?: Readonly<Record<string, string>>;
}

export interface AreaContent {
  area: AreaId;
  name: string;
  prefix: string;
  /** when the newest of the two packs was published (ISO), for "updated <date>" */
  publishedAt: string;
  version: string;
  fact<T extends Fact = Fact>(id: string): T;
  local: LocalContent;
  topics: Readonly<Record<string, ResolvedTopic>>;
  routes: Readonly<Record<string, readonly PackRouteResolved[]>>;
  hazards: Readonly<Partial<Record<Hazard, ResolvedHazard>>>;
  /** the English wording of the area's own sentences locales/ may not have (namespace → key → text) */
  words: Readonly<Record<string, Readonly<Record<string, string>>>>;
  bins: AreaBinRules | undefined;
}

/** What GET /api/packs/<area> answers. */
export interface AreaPackBody {
  area: string;
  version: string;
  publishedAt: string;
  pack: AreaPack;
  national: AreaPack;
}

export function resolveArea(body: AreaPackBody): AreaContent {
  const { pack, national } = body;
  const facts = new Map<string, Fact>([...national.facts, ...pack.facts].map((f) => [f.id, f as Fact]));
  const fact = <T extends Fact = Fact>(id: string): T => {
    const found = facts.get(id);
    if (!found) throw new Error(`no fact ${id} in the ${pack.area} pack`);
    return found as T;
  };
  const place = (p: PackPlace): Place => ({
    id: p.id,
    name: p.name,
    facts: p.facts.map((id) => fact(id)),
    ...(p.phone ? { phone: fact<PhoneFact>(p.phone) } : {}),
    ...(p.address ? { address: fact<AddressFact>(p.address) } : {}),
    ...(p.link ? { link: fact<LinkFact>(p.link) } : {}),
  });
  const topic = (t: PackTopic): ResolvedTopic => ({
    ns: t.ns,
    sections: t.sections.map((s) => ({
      id: s.id,
      facts: s.facts.map((id) => fact(id)),
      ...(s.names ? { names: s.names } : {}),
      ...(s.terms ? { terms: s.terms } : {}),
    })),
    values: Object.fromEntries(Object.entries(t.values).map(([k, v]) => [k, 'fact' in v ? factValue(fact(v.fact)) : v.text])),
    ...(t.counts ? { counts: t.counts } : {}),
  });
  const topics = { ...national.topics, ...pack.topics };
  const routes = { ...national.routes, ...pack.routes };
  const hazards = { ...national.hazards, ...pack.hazards };
  return {
    area: pack.area as AreaId,
    name: pack.name,
    prefix: pack.prefix ?? 'WAY',
    publishedAt: body.publishedAt,
    version: body.version,
    fact,
    local: {
      council: { name: pack.council?.name ?? pack.name, phone: fact<PhoneFact>(pack.council?.phone ?? '') },
      skills: {
        name: pack.skills?.name ?? '',
        fact: fact<RuleFact>(pack.skills?.fact ?? ''),
        ...(pack.skills?.example ? { example: fact<RuleFact>(pack.skills.example) } : {}),
      },
      esolProvider: pack.esolProvider ? place(pack.esolProvider) : { id: '', name: '', facts: [] },
      places: (pack.places ?? []).map(place),
      stopHate: pack.stopHate ?? false,
    },
    topics: Object.fromEntries(Object.entries(topics).map(([id, t]) => [id, topic(t)])),
    routes: Object.fromEntries(
      Object.entries(routes).map(([c, list]) => [
        c,
        list.map((r) => ({
          ...r,
          phone: r.phone ? fact<PhoneFact>(r.phone) : undefined,
          facts: r.facts.map((id) => fact<PhoneFact | RuleFact>(id)),
        })),
      ]),
    ),
    hazards: Object.fromEntries(
      Object.entries(hazards).flatMap(([h, a]) => (a ? [[h, { ...a, facts: a.facts.map((id) => fact<PhoneFact | RuleFact>(id)) }]] : [])),
    ),
    words: pack.words ?? {},
    bins: pack.bins && {
      ...pack.bins,
      area: pack.area as AreaId,
      contact: fact<PhoneFact>(pack.bins.contact),
      findYourDay: pack.bins.findYourDay ? fact<LinkFact>(pack.bins.findYourDay) : null,
    },
  } as AreaContent;
}

// A sentence shows a phone number as printed, a count as its number, an amount in pounds.
function factValue(f: Fact): string {
  return f.kind === 'phone' ? f.display : factText(f);
}
