import { describe, expect, it } from 'vitest';
import { loadNamespaceFile } from '../language/i18n';
import { lookup } from './section-strings';
import { TOPIC_BODIES } from './topic-bodies';

describe('topic bodies for other features', () => {
  it.each(Object.keys(TOPIC_BODIES))('%s loads a body and points whose keys all have words', async (topic) => {
    const body = await TOPIC_BODIES[topic]!();
    expect(typeof body.Body).toBe('function');
    const strings = await loadNamespaceFile('en', body.ns);
    for (const area of ['sefton', 'stockton']) {
      const points = body.points(area);
      expect(points.length).toBeGreaterThan(2);
      for (const p of points) {
        expect(lookup(strings, p.heading), p.heading).not.toBe('');
        expect(p.text.length, p.id).toBeGreaterThan(0);
        for (const key of p.text) expect(lookup(strings, key), key).not.toBe('');
      }
    }
    expect(body.points('nowhere')).toEqual([]);
  });

  it('keeps one area’s words out of the other area’s points', async () => {
    const body = await TOPIC_BODIES['migrant-help']!();
    const keys = (area: string) => body.points(area).flatMap((p) => p.text);
    expect(keys('sefton')).toContain('hate.sefton.stopHate');
    expect(keys('stockton').some((k) => k.includes('sefton'))).toBe(false);
    expect(keys('stockton')).toContain('local.stockton.justiceFirst');
  });
});
