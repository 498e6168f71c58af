import { describe, expect, it } from 'vitest';
import { fillPlain, lookup, sectionIds, sectionKeys } from './section-strings';

const strings = {
  title: 'English classes',
  where: {
    title: 'Where classes are',
    usual: 'Colleges and charities.',
    sefton: { provider: '{{provider}} in Liverpool.' },
    stockton: { provider: '{{provider}} runs ESOL.' },
  },
  cafes: { title: 'Cafés', what: 'Free groups.' },
};

describe('section strings', () => {
  it('lists sections in file order, skipping top-level words', () => {
    expect(sectionIds(strings)).toEqual(['where', 'cafes']);
  });
  it('keeps only the words for the area asked about', () => {
    expect(sectionKeys(strings, 'where', 'sefton')).toEqual(['where.title', 'where.usual', 'where.sefton.provider']);
    expect(sectionKeys(strings, 'where', 'stockton')).toEqual(['where.title', 'where.usual', 'where.stockton.provider']);
  });
  it('looks up nested keys and fills in values', () => {
    expect(fillPlain(lookup(strings, 'where.sefton.provider'), { provider: 'Asylum Link Merseyside' })).toBe(
      'Asylum Link Merseyside in Liverpool.',
    );
    expect(fillPlain('Call {{phone}} now', {})).toBe('Call  now');
    expect(lookup(strings, 'where.missing')).toBe('');
  });
});
