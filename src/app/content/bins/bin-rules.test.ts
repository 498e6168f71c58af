import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sourced } from '../fact';
import type { AreaBinRules } from './bin-rules';
import { seedArea } from '../seed-packs';

// Each seed area's bin rules as its pack gives them to the page.
const AREA_BINS = { sefton: seedArea('sefton')!.bins!, stockton: seedArea('stockton')!.bins! };

// The fact sheet gives only an http address for this page; it is kept as given.
const HTTP_ALLOWED = new Set(['http://www.sefton.gov.uk/sacks-to-bins-rollout']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);
const english = JSON.parse(readFileSync(join(process.cwd(), 'locales', 'en', 'bins.json'), 'utf8')) as Record<string, unknown>;

// A sentence with a count is stored as its plural forms (`every_one`, `every_other`); the data names it `every`.
const PLURAL = /_(zero|one|two|few|many|other)$/;
function words(path: string): unknown {
  const at = (p: string) => p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], english);
  return at(path) ?? at(`${path}_other`);
}
function leafKeys(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix.replace(PLURAL, '')];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, `${prefix}.${k}`));
}
function factsOf(r: AreaBinRules): Sourced[] {
  const all = [
    ...r.containers.flatMap((c) => [c, ...c.goesIn, ...c.neverIn, ...c.notes]),
    r.pattern,
    r.collectionDays,
    r.putOut,
    ...r.exceptions,
    ...r.streets,
    ...r.general,
    ...r.christmas,
    r.contact,
    r.findYourDay,
  ];
  return all.filter((f): f is NonNullable<typeof f> => f !== null);
}
/** Every words key the data points at, for one area. */
function keysUsed(r: AreaBinRules): string[] {
  return [
    ...r.containers.flatMap((c) => [
      `container.${r.area}.${c.id}.name`,
      `container.${r.area}.${c.id}.purpose`,
      ...c.goesIn.map((x) => `rules.${r.area}.${c.id}.in.${x.id}`),
      ...c.neverIn.map((x) => `rules.${r.area}.${c.id}.never.${x.id}`),
      ...c.notes.map((x) => `rules.${r.area}.${c.id}.note.${x.id}`),
    ]),
    ...r.pattern.rotation.map((s) => `slot.${r.area}.${s.id}`),
    ...r.general.map((x) => `rules.${r.area}.general.${x.id}`),
    ...r.christmas.map((x) => `rules.${r.area}.christmas.${x.id}`),
  ];
}

describe.each(Object.values(AREA_BINS).map((r) => [r.area, r] as const))('bin rules for %s', (_area, rules) => {
  it('give every fact a public source and a real check date', () => {
    for (const fact of factsOf(rules)) {
      expect(fact.sources.length).toBeGreaterThan(0);
      expect(fact.checked).toMatch(ISO_DAY);
      expect(fact.checked <= today).toBe(true);
      for (const s of fact.sources) {
        expect(s.title.trim()).not.toBe('');
        if (!HTTP_ALLOWED.has(s.url)) expect(new URL(s.url).protocol).toBe('https:');
      }
    }
  });

  it('have a UK phone number that reads as it dials', () => {
    expect(rules.contact.digits).toMatch(/^0[1-3]\d{8,9}$/);
    expect(rules.contact.display.replace(/\s/g, '')).toBe(rules.contact.digits);
  });

  it('have words for everything they state, and no words of their own that the data does not use', () => {
    const used = keysUsed(rules);
    for (const key of used) expect(typeof words(key), key).toBe('string');
    const own = [
      ...leafKeys(words(`container.${rules.area}`), `container.${rules.area}`),
      ...leafKeys(words(`rules.${rules.area}`), `rules.${rules.area}`),
      ...leafKeys(words(`slot.${rules.area}`), `slot.${rules.area}`),
    ];
    expect([...new Set(own)].sort()).toEqual([...used].sort());
  });

  it('schedule only containers they describe, each either scheduled or not', () => {
    const ids = rules.containers.map((c) => c.id);
    const scheduled = [...rules.pattern.weekly, ...rules.pattern.rotation.flatMap((s) => s.containers)];
    for (const id of [...scheduled, ...rules.pattern.notScheduled]) expect(ids).toContain(id);
    expect(scheduled.filter((id) => rules.pattern.notScheduled.includes(id))).toEqual([]);
    expect(new Set([...scheduled, ...rules.pattern.notScheduled])).toEqual(new Set(ids));
  });

  it('move or cancel collections only by published dates within two weeks', () => {
    expect(exceptionProblems(rules)).toEqual([]);
  });
});

/** Exceptions that are not a day (YYYY-MM-DD), or that move a collection more than two weeks. */
function exceptionProblems(r: AreaBinRules): string[] {
  return r.exceptions.flatMap((e) => {
    if (!ISO_DAY.test(e.date) || (e.moveTo !== null && !ISO_DAY.test(e.moveTo))) return [`${e.date}: not a day`];
    const days = e.moveTo === null ? 0 : Math.abs(Date.parse(e.moveTo) - Date.parse(e.date)) / 86_400_000;
    return days > 14 ? [`${e.date}: moved ${days} days`] : [];
  });
}

// Neither council publishes changes yet, so the rule is checked on made-up areas: one with exceptions, one without.
describe('the two-week rule for changed collections', () => {
  const source = {
    sources: [{ publisher: 'Made-up council', title: 'Made-up notice', url: 'https://example.org/bins' }],
    checked: '2026-01-02',
  };
  const changed = (date: string, moveTo: string | null) => ({ ...source, date, moveTo });
  const withExceptions: AreaBinRules = {
    ...AREA_BINS.sefton,
    exceptions: [changed('2026-12-25', '2026-12-27'), changed('2026-01-01', null), changed('2026-04-03', '2026-04-17')],
  };
  const withoutExceptions: AreaBinRules = { ...AREA_BINS.sefton, exceptions: [] };

  it('takes a collection moved up to 14 days, or cancelled', () => {
    expect(exceptionProblems(withExceptions)).toEqual([]);
  });
  it('refuses a move of more than two weeks and a date that is not a day', () => {
    const wrong = {
      ...withExceptions,
      exceptions: [...withExceptions.exceptions, changed('2026-04-03', '2026-04-18'), changed('3 April', null)],
    };
    expect(exceptionProblems(wrong)).toEqual(['2026-04-03: moved 15 days', '3 April: not a day']);
  });
  it('has nothing to refuse in an area with no exceptions', () => {
    expect(exceptionProblems(withoutExceptions)).toEqual([]);
    expect(factsOf(withoutExceptions)).toHaveLength(factsOf(withExceptions).length - withExceptions.exceptions.length);
  });
});

describe('colours mean different things in the two councils', () => {
  const icon = (r: AreaBinRules, id: string) => r.containers.find((c) => c.id === id)?.icon;
  it('Sefton: brown is recycling, grey general waste, green garden waste', () => {
    expect([icon(AREA_BINS.sefton, 'brown'), icon(AREA_BINS.sefton, 'grey'), icon(AREA_BINS.sefton, 'green')]).toEqual([
      'recycle',
      'rubbish',
      'garden',
    ]);
    expect(AREA_BINS.sefton.pattern.rotation.map((s) => s.containers)).toEqual([['brown'], ['grey']]);
  });
  it('Stockton: green is general waste every two weeks, brown the paid garden bin', () => {
    expect([icon(AREA_BINS.stockton, 'green'), icon(AREA_BINS.stockton, 'brown')]).toEqual(['rubbish', 'garden']);
    expect(AREA_BINS.stockton.pattern.rotation.map((s) => s.containers)).toEqual([['green'], []]);
    expect(AREA_BINS.stockton.pattern.notScheduled).toEqual(['brown']);
    expect(AREA_BINS.stockton.collectionDays?.days).toEqual([2, 3, 4, 5]);
  });
  it('never share words between councils', () => {
    expect(words('container.sefton.green.purpose')).not.toBe(words('container.stockton.green.purpose'));
    expect(words('container.sefton.brown.purpose')).not.toBe(words('container.stockton.brown.purpose'));
  });
});
