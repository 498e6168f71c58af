import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../shared/areas';
import * as emergencyLines from './emergency-lines';
import type { Source } from './fact';
import { hostOf, isPublisherHost, PUBLISHER_HOSTS } from './publisher-hosts';
import { TOPIC_CONTENTS } from './topic-contents';
import { seedArea, seedNational, seedPack } from './seed-packs';

// Everything the app can show: the seed packs whole (facts, places, bins, routes, hazards), each area's topic sections,
// local places, bins and report routes as the page resolves them, and 999 and the gas line the report page draws from code.
const roots: unknown[] = [
  seedNational(),
  AREA_IDS.map((area) => seedPack(area)),
  AREA_IDS.map((area) => TOPIC_CONTENTS.map((c) => c.sections(area))),
  AREA_IDS.map((area) => [seedArea(area)!.local, seedArea(area)!.bins, seedArea(area)!.routes, seedArea(area)!.hazards]),
  emergencyLines,
];

function walk(value: unknown, seen = new Set<unknown>(), found: { sources: Source[]; links: string[] } = { sources: [], links: [] }) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.url === 'string' && typeof o.title === 'string') found.sources.push(o as unknown as Source);
  if (o.kind === 'link' && typeof o.url === 'string') found.links.push(o.url);
  for (const v of Object.values(o)) walk(v, seen, found);
  return found;
}

const { sources: shown, links } = walk(roots);
const MIRRORS = [
  'tramp-v2.herokuapp.com',
  'homeofscience.net',
  'site.346492.xyz',
  'stage-sefseven.euwest01.umbraco.io',
  'beta.stock1-prd.gosshosted.com',
  'daily8.com',
  'staging.justgiving.com',
];

describe('sources people can trust', () => {
  it('finds the sources of every part of the app', () => {
    expect(shown.length).toBeGreaterThan(80);
    expect(links.length).toBeGreaterThan(5);
  });

  it.each(MIRRORS)('shows nothing from the mirror, staging or fundraising host %s', (host) => {
    expect(shown.filter((s) => hostOf(s.url) === host).map((s) => s.url)).toEqual([]);
    expect(PUBLISHER_HOSTS).not.toContain(host);
  });

  it('cites and links only hosts on the list of publisher hosts', () => {
    const off = [...new Set([...shown.map((s) => s.url), ...links].filter((url) => !isPublisherHost(url)))];
    expect(off).toEqual([]);
  });

  it('names a publisher and a title for every source, and no copy of someone else’s page', () => {
    for (const s of shown) {
      expect(s.publisher?.trim(), s.url).toBeTruthy();
      expect(s.title.trim(), s.url).toBeTruthy();
      expect(`${s.publisher} ${s.title}`, s.url).not.toMatch(/mirror|staging|copy of|fundrais/i);
    }
  });

  it('lists no host that nothing cites', () => {
    const used = new Set([...shown.map((s) => hostOf(s.url)), ...links.map(hostOf)]);
    expect(PUBLISHER_HOSTS.filter((h) => !used.has(h))).toEqual([]);
  });

  it('no longer cites Reading Walk-in Health Centre for 999 or NHS 111', () => {
    expect(shown.filter((s) => s.url.includes('readingwalkinhealthcentre'))).toEqual([]);
  });
});
