import { describe, expect, it } from 'vitest';
import { BODY_TOPICS } from '../../../shared/helper-queries';
import { TOPIC_BODIES } from '../../content/topic-bodies';
import { TOPICS } from '../../topics/topics';
import { topicsWithBodies } from '../topic-body/use-topic-body';
import { leafletHref, readFrom, readTopicList, readWith, showHref, sideBySideHref } from './helper-links';

describe('helper links', () => {
  it('builds the side-by-side, show and leaflet addresses under the person’s language and area', () => {
    expect(sideBySideHref('prs', 'sefton', 'gp', 'en')).toBe('/prs/sefton/side-by-side?topic=gp&with=en');
    expect(showHref('ar', 'stockton', 'esol', '/ar/stockton/walkthrough')).toBe(
      '/ar/stockton/show?topic=esol&from=%2Far%2Fstockton%2Fwalkthrough',
    );
    expect(showHref('ar', 'stockton', 'esol')).toBe('/ar/stockton/show?topic=esol');
    expect(leafletHref('ti', 'sefton', ['gp', 'schools'], 'en')).toBe('/ti/sefton/leaflet?topics=gp%2Cschools&with=en');
  });

  it('reads the second language, falling back to English for anything unknown', () => {
    expect(readWith('ar')).toBe('ar');
    expect(readWith('xx')).toBe('en');
    expect(readWith(undefined)).toBe('en');
  });

  it('keeps only known topics, once each, in their usual order', () => {
    expect(readTopicList('schools,gp,nope,gp', ['gp', 'esol', 'schools'])).toEqual(['gp', 'schools']);
    expect(readTopicList(undefined, ['gp'])).toEqual([]);
  });

  it('returns only to a page on this site', () => {
    expect(readFrom('/prs/sefton/walkthrough')).toBe('/prs/sefton/walkthrough');
    expect(readFrom('https://evil.example/')).toBeUndefined();
    expect(readFrom('//evil.example/')).toBeUndefined();
    expect(readFrom('/\\evil.example')).toBeUndefined();
  });

  it('lets the server draw a tool for exactly the topics that have a body, in the topic list’s order', () => {
    expect(BODY_TOPICS).toEqual(
      topicsWithBodies(
        TOPIC_BODIES,
        TOPICS.map((t) => t.id),
      ),
    );
  });
});
