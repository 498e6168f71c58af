// Until the moved modules are deleted: the packs give what they give, in every seed area and outside them.
import { describe, expect, it } from 'vitest';
import { AREA_IDS, type AreaId } from '../../shared/areas';
import { MOVED_TOPICS } from '../../../test/content/moved-topics';
import { seedArea, seedNational } from './seed-packs';

const KINDS = new Set(['phone', 'address', 'link', 'amount', 'email', 'count', 'rule']);
function withoutAdditions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAdditions);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([k, v]) => v !== undefined && k !== 'checkedBy' && k !== 'status');
  const isFact = KINDS.has((value as { kind?: string }).kind ?? '') && 'checkedBy' in value;
  return Object.fromEntries(entries.filter(([k]) => !(isFact && k === 'id')).map(([k, v]) => [k, withoutAdditions(v)]));
}
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('the moved modules and the packs agree', () => {
  it.each(AREA_IDS.flatMap((area) => Object.keys(MOVED_TOPICS).map((t) => [area, t] as const)))('%s %s', (area, topic) => {
    const content = MOVED_TOPICS[topic]!.content;
    const after = seedArea(area)!.topics[topic]!;
    expect(withoutAdditions(after.sections)).toEqual(plain(content.sections(area)));
    expect(after.values).toEqual(content.values(area));
    expect(after.counts).toEqual(content.counts);
  });
  it.each(Object.keys(MOVED_TOPICS))('outside the seed areas, %s', (topic) => {
    const content = MOVED_TOPICS[topic]!.content;
    const national = seedNational();
    const facts = new Map(national.facts.map((f) => [f.id, f]));
    const t = national.topics![topic]!;
    const sections = t.sections.map((s) => ({ ...s, facts: s.facts.map((id) => facts.get(id)) }));
    expect(withoutAdditions(sections)).toEqual(plain(content.sections('riverside' as AreaId)));
  });
});
