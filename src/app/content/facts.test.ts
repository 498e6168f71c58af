import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../shared/areas';
import type { Fact } from './fact';
import { isCheckDate } from './freshness';
import { EMERGENCY_FACTS } from './emergency-lines';
import { seedArea, seedNational, seedPack } from './seed-packs';
import { factsOf } from './topic-content';
import { TOPIC_CONTENTS } from './topic-contents';
import { displayMatches, isUkPhoneNumber } from './uk-phone';

// The fact sheet gives only an http address for these pages; each is kept as given and reported.
const HTTP_ALLOWED = new Set([
  'http://www.sefton.gov.uk/sacks-to-bins-rollout', // Sefton Council contact centre number
  'http://justicefirst.org.uk/services-and-support/', // Justice First services (an https copy is also cited)
  'http://justicefirst.org.uk/news/', // Mary Thompson Fund: no https page in the fact sheet
]);

// Every fact of the seed packs (national and each area's own), what each topic and place shows, and 999 and the gas line.
const every: Fact[] = [
  ...AREA_IDS.flatMap((area) => TOPIC_CONTENTS.flatMap((c) => factsOf(c, area))),
  ...AREA_IDS.flatMap((area) => seedArea(area)!.local.places.flatMap((p) => p.facts)),
  ...(seedNational().facts as Fact[]),
  ...AREA_IDS.flatMap((area) => seedPack(area)!.facts as Fact[]),
  ...EMERGENCY_FACTS,
];
const today = new Date().toISOString().slice(0, 10);

function english(ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(process.cwd(), 'locales', 'en', `${ns}.json`), 'utf8')) as Record<string, unknown>;
}

describe('every fact', () => {
  it.each(every.map((f, i) => [i, f.kind, f] as const))('#%i (%s) has a source on https and a real check date', (_i, _kind, fact) => {
    expect(fact.sources.length).toBeGreaterThan(0);
    for (const source of fact.sources) {
      expect(source.title.trim()).not.toBe('');
      const url = new URL(source.url);
      if (!HTTP_ALLOWED.has(source.url)) expect(url.protocol).toBe('https:');
    }
    expect(isCheckDate(fact.checked)).toBe(true);
    expect(fact.checked <= today).toBe(true);
  });

  it('phone numbers are valid UK numbers and read as they dial', () => {
    const phones = every.filter((f) => f.kind === 'phone');
    expect(phones.length).toBeGreaterThan(5);
    for (const p of phones) {
      expect(isUkPhoneNumber(p.digits), p.digits).toBe(true);
      expect(displayMatches(p.display, p.digits), p.display).toBe(true);
    }
  });

  it('links are https and email addresses look like addresses', () => {
    for (const f of every) {
      if (f.kind === 'link') expect(new URL(f.url).protocol).toBe('https:');
      if (f.kind === 'email') expect(f.address).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
    }
  });

  it('allows http only for pages actually cited', () => {
    const cited = new Set(every.flatMap((f) => f.sources.map((s) => s.url)));
    for (const url of HTTP_ALLOWED) expect(cited.has(url), url).toBe(true);
  });
});

describe.each(TOPIC_CONTENTS.map((c) => [c.topic, c] as const))('topic %s', (_topic, content) => {
  const strings = english(content.ns);
  it.each(AREA_IDS)('has words for every section in %s, and a section for every group of words', (area) => {
    const sectionIds = content.sections(area).map((s) => s.id);
    const groups = Object.entries(strings)
      .filter(([, v]) => typeof v === 'object')
      .map(([k]) => k);
    expect([...sectionIds].sort()).toEqual([...groups].sort());
  });
  it.each(AREA_IDS)('has a value for every placeholder in %s', (area) => {
    const placeholders = [...JSON.stringify(strings).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
    const values = content.values(area);
    expect(placeholders.filter((p) => !(p in values))).toEqual([]);
  });
});
