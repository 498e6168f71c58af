import { describe, expect, it } from 'vitest';
import { resolveAreaRoute } from './resolve-route';
import { withLanguage, splitPath } from './paths';

describe('resolveAreaRoute', () => {
  it('shows a valid page as it is', () => {
    expect(resolveAreaRoute({ lang: 'ar', area: 'sefton', topic: 'gp' }, { lang: 'en' })).toEqual({
      kind: 'show',
      lang: 'ar',
      area: 'sefton',
      topic: 'gp',
    });
  });
  it('sends a regional language tag to the language it names, keeping the page', () => {
    expect(resolveAreaRoute({ lang: 'fa-AF', area: 'sefton', topic: 'bins' }, { lang: 'en' })).toEqual({
      kind: 'redirect',
      to: '/prs/sefton/bins?notice=lang',
      notice: 'lang',
    });
  });
  it('sends an unknown language to the remembered one', () => {
    const r = resolveAreaRoute({ lang: 'xx', area: 'stockton' }, { lang: 'ti' });
    expect(r).toEqual({ kind: 'redirect', to: '/ti/stockton/?notice=lang', notice: 'lang' });
  });
  it('sends an unknown area to the remembered area, or to the area choice', () => {
    expect(resolveAreaRoute({ lang: 'ar', area: 'leeds' }, { lang: 'en', area: 'sefton' })).toMatchObject({
      to: '/ar/sefton/?notice=area',
    });
    expect(resolveAreaRoute({ lang: 'ar', area: 'leeds' }, { lang: 'en' })).toMatchObject({ to: '/ar/?notice=area' });
  });
  it('sends an unknown topic to the area home', () => {
    expect(resolveAreaRoute({ lang: 'so', area: 'sefton', topic: 'nope' }, { lang: 'en' })).toMatchObject({
      to: '/so/sefton/?notice=topic',
    });
  });
});

describe('paths', () => {
  it('swaps the language and keeps the rest of the URL', () => {
    expect(withLanguage('/ar/sefton/search?q=gp', 'en')).toBe('/en/sefton/search?q=gp');
    expect(withLanguage('/ar/sefton/', 'ti')).toBe('/ti/sefton/');
    expect(withLanguage('/ar/', 'fr')).toBe('/fr/');
  });
  it('splits a path into its parts', () => {
    expect(splitPath('/ar/sefton/gp?x=1')).toEqual({ lang: 'ar', area: 'sefton', topic: 'gp' });
  });
});
