// One schema for a content pack (an area's facts, places, bin rules, routes and sources, or the national pack):
// the app, the server and the editor all validate with it, and every issue names the file, the path and the rule.
import * as v from 'valibot';
import { binsSchema } from './pack-bins-schema';
import { hazardsSchema, routeSchema } from './pack-routes-schema';
import { factId, isoDay, sourced, text } from './pack-sourced';
import { foreignWordKeys, wordsSchema } from './pack-words-schema';

export { SOURCED_STATUS } from './pack-sourced';
export type { PackBins } from './pack-bins-schema';

const phone = v.object({
  ...sourced,
  id: factId,
  kind: v.literal('phone'),
  digits: v.pipe(v.string(), v.regex(/^\d{3,13}$/, 'digits are 3 to 13 numbers, no spaces')),
  display: text,
  name: v.optional(text),
  use: v.optional(v.picklist(['call', 'text'])),
});
const address = v.object({
  ...sourced,
  id: factId,
  kind: v.literal('address'),
  lines: v.pipe(v.array(text), v.minLength(1, 'an address has at least one line')),
  postcode: v.pipe(v.string(), v.regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'a UK postcode such as L20 7AP')),
  lat: v.optional(v.number()),
  lon: v.optional(v.number()),
});
const link = v.object({ ...sourced, id: factId, kind: v.literal('link'), url: v.pipe(v.string(), v.url('a full web address')) });
const amount = v.object({
  ...sourced,
  id: factId,
  kind: v.literal('amount'),
  pence: v.pipe(v.number(), v.integer('whole pence'), v.minValue(0)),
  per: v.optional(v.picklist(['week', 'year', 'once'])),
});
const email = v.object({ ...sourced, id: factId, kind: v.literal('email'), address: v.pipe(v.string(), v.email('an e-mail address')) });
const count = v.object({
  ...sourced,
  id: factId,
  kind: v.literal('count'),
  value: v.pipe(v.number(), v.minValue(0)),
  unit: v.picklist(['hours', 'days', 'weeks', 'months', 'years', 'people']),
});
const rule = v.object({ ...sourced, id: factId, kind: v.literal('rule') });

export const factSchema = v.variant('kind', [phone, address, link, amount, email, count, rule]);

/** A plain value a sentence interpolates: a fact's own text (its number, amount or display) or a name. */
const valueSchema = v.union([v.strictObject({ fact: factId }), v.strictObject({ text })]);

const topicSchema = v.object({
  ns: text,
  sections: v.array(v.object({ id: text, facts: v.array(factId), names: v.optional(v.array(text)), terms: v.optional(v.array(text)) })),
  values: v.record(v.string(), valueSchema),
  counts: v.optional(v.record(v.string(), v.string())),
});

const placeSchema = v.object({
  id: text,
  name: text,
  facts: v.array(factId),
  phone: v.optional(factId),
  address: v.optional(factId),
  link: v.optional(factId),
});

export const packSchema = v.object({
  schema: v.literal(1),
  /** 'national' or an area id (the URL segment) */
  area: factId,
  /** the pack whose facts this one inherits; areas inherit 'national' */
  inherits: v.optional(factId),
  /** report reference prefix (SEF, STO), areas only */
  prefix: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'three capital letters'))),
  /** the area's name as people know it, a proper noun */
  name: text,
  council: v.optional(v.object({ name: text, phone: factId })),
  skills: v.optional(v.object({ name: text, fact: factId, example: v.optional(factId) })),
  esolProvider: v.optional(placeSchema),
  stopHate: v.optional(v.boolean()),
  /** the day an editor last re-read the whole pack (YYYY-MM-DD) */
  updated: isoDay,
  facts: v.array(factSchema),
  places: v.optional(v.array(placeSchema)),
  topics: v.optional(v.record(v.string(), topicSchema)),
  routes: v.optional(v.record(v.string(), v.array(routeSchema))),
  /** what to do now for an urgent repair (the national pack; an area may give its own) */
  hazards: v.optional(hazardsSchema),
  /** the English wording of the area's own sentences that locales/ has no key for yet (namespace → key → text) */
  words: v.optional(wordsSchema),
  bins: v.optional(binsSchema),
});

export type AreaPack = v.InferOutput<typeof packSchema>;
export type PackFact = v.InferOutput<typeof factSchema>;
export type PackTopic = v.InferOutput<typeof topicSchema>;
export type PackPlace = v.InferOutput<typeof placeSchema>;
export type PackRoute = v.InferOutput<typeof routeSchema>;
export type PackHazards = v.InferOutput<typeof hazardsSchema>;

export interface PackIssue {
  file?: string;
  /** where in the pack, as a dotted path ("facts.3.digits") */
  path: string;
  /** the rule that failed (valibot's check type, or "reference" / "unique") */
  rule: string;
  message: string;
}

export type PackResult = { ok: true; pack: AreaPack } | { ok: false; issues: PackIssue[] };

/** Validates a pack; an issue names the file, the path and the rule, so an editor can find it. */
export function parsePack(input: unknown, file?: string, parent?: AreaPack): PackResult {
  const result = v.safeParse(packSchema, input);
  const at = (path: string, rule: string, message: string): PackIssue => (file ? { file, path, rule, message } : { path, rule, message });
  if (!result.success) {
    return {
      ok: false,
      issues: result.issues.map((i) => at(v.getDotPath(i) ?? '', i.type, i.message)),
    };
  }
  const issues = referenceIssues(result.output).map(([path, rule, message]) => at(path, rule, message));
  // An area's references into the national pack are checked when the parent is given (the server always gives it).
  if (!result.output.inherits || parent) issues.push(...missingReferences(result.output, parent, file));
  return issues.length ? { ok: false, issues } : { ok: true, pack: result.output };
}

// Ids that are repeated, and ids a section, place or route names but the pack does not hold.
// Facts an area inherits from the national pack cannot be seen here; the server checks them against it.
function referenceIssues(pack: AreaPack): [string, string, string][] {
  const issues: [string, string, string][] = [];
  const seen = new Set<string>();
  pack.facts.forEach((f, i) => {
    if (seen.has(f.id)) issues.push([`facts.${i}.id`, 'unique', `the id "${f.id}" is used twice`]);
    seen.add(f.id);
  });
  for (const path of foreignWordKeys(pack.area, pack.words))
    issues.push([`words.${path}`, 'own', `an area words only its own sentences: the key needs "${pack.area}" as one of its parts`]);
  for (const [path, item] of sourcedItems(pack)) {
    const shows = item.caveat === 'check';
    if (shows !== (item.status !== 'verified'))
      issues.push([`${path}.caveat`, 'status', 'a fact that is not verified is shown with the CHECK caveat, and only then']);
  }
  return issues;
}

type SourcedItem = { status: string; caveat?: 'check' };

// Every sourced thing in a pack with its path: facts and, inside the bins, containers, rules and the pattern.
function sourcedItems(pack: AreaPack): [string, SourcedItem][] {
  const items: [string, SourcedItem][] = pack.facts.map((f, i) => [`facts.${i}`, f]);
  const b = pack.bins;
  if (!b) return items;
  b.containers.forEach((c, i) => {
    items.push([`bins.containers.${i}`, c]);
    for (const list of ['goesIn', 'neverIn', 'notes'] as const)
      c[list].forEach((r, j) => items.push([`bins.containers.${i}.${list}.${j}`, r]));
  });
  items.push(['bins.pattern', b.pattern], ['bins.putOut', b.putOut]);
  if (b.collectionDays) items.push(['bins.collectionDays', b.collectionDays]);
  for (const list of ['general', 'christmas', 'exceptions', 'streets'] as const)
    b[list].forEach((r, j) => items.push([`bins.${list}.${j}`, r]));
  return items;
}

/** Every fact id a pack refers to (sections, places, routes, council), to check them against what it and its parent hold. */
export function referencedIds(pack: AreaPack): { path: string; id: string }[] {
  const refs: { path: string; id: string }[] = [];
  const add = (path: string, id: string | null | undefined) => {
    if (id) refs.push({ path, id });
  };
  add('council.phone', pack.council?.phone);
  add('skills.fact', pack.skills?.fact);
  add('skills.example', pack.skills?.example);
  const places = [
    ...(pack.esolProvider ? [['esolProvider', pack.esolProvider] as const] : []),
    ...(pack.places ?? []).map((p, i) => [`places.${i}`, p] as const),
  ];
  for (const [path, p] of places) {
    p.facts.forEach((id, j) => add(`${path}.facts.${j}`, id));
    for (const key of ['phone', 'address', 'link'] as const) add(`${path}.${key}`, p[key]);
  }
  for (const [topic, t] of Object.entries(pack.topics ?? {})) {
    t.sections.forEach((s, i) => s.facts.forEach((id, j) => add(`topics.${topic}.sections.${i}.facts.${j}`, id)));
    for (const [key, val] of Object.entries(t.values)) if ('fact' in val) add(`topics.${topic}.values.${key}.fact`, val.fact);
  }
  add('bins.contact', pack.bins?.contact);
  add('bins.findYourDay', pack.bins?.findYourDay);
  for (const [category, routes] of Object.entries(pack.routes ?? {})) {
    routes.forEach((r, i) => {
      add(`routes.${category}.${i}.phone`, r.phone);
      r.facts.forEach((id, j) => add(`routes.${category}.${i}.facts.${j}`, id));
    });
  }
  for (const [hazard, advice] of Object.entries(pack.hazards ?? {}))
    advice?.facts.forEach((id, j) => add(`hazards.${hazard}.facts.${j}`, id));
  return refs;
}

/** References that neither the pack nor its parent (the national pack) holds. */
export function missingReferences(pack: AreaPack, parent?: AreaPack, file?: string): PackIssue[] {
  const known = new Set([...pack.facts, ...(parent?.facts ?? [])].map((f) => f.id));
  return referencedIds(pack)
    .filter((r) => !known.has(r.id))
    .map((r) => ({ ...(file ? { file } : {}), path: r.path, rule: 'reference', message: `no fact has the id "${r.id}"` }));
}
