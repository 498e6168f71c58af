import { describe, expect, it } from 'vitest';
import { areaOfPage, isNewerPack, languageOfPage, languagesIn, otherAreaPacks, packAreaOf, splitManifest } from './routes';

const entries = [
  { url: 'index.html', revision: 'a' },
  { url: 'assets/main-abc.js', revision: null },
  { url: 'assets/locale-en-common-x1.js', revision: null },
  { url: 'assets/locale-ar-common-y2.js', revision: null },
  { url: 'assets/locale-ar-report-z3.js', revision: null },
  { url: 'assets/locale-ti-common-q4.js', revision: null },
  { url: 'assets/locale-zh_Hans-common-Ab_3-x.js', revision: null },
];
const safety = [{ url: 'assets/locale-ar-safety-s1.js', revision: null }];

describe('splitManifest', () => {
  it('precaches the shell and English, and holds other languages back', () => {
    const { core, locales } = splitManifest(entries);
    expect(core.map((e) => e.url)).toEqual(['index.html', 'assets/main-abc.js', 'assets/locale-en-common-x1.js']);
    expect(locales.get('ar')).toEqual(['/assets/locale-ar-common-y2.js', '/assets/locale-ar-report-z3.js']);
    expect(locales.get('ti')).toEqual(['/assets/locale-ti-common-q4.js']);
    expect(locales.get('zh-Hans')).toEqual(['/assets/locale-zh_Hans-common-Ab_3-x.js']);
  });
  it('precaches the safety strings of every language, so the quick exit and the missing-language note work offline', () => {
    const { core, locales } = splitManifest([...entries, ...safety]);
    expect(core.map((e) => e.url)).toContain('assets/locale-ar-safety-s1.js');
    expect(locales.get('ar')).toEqual(['/assets/locale-ar-common-y2.js', '/assets/locale-ar-report-z3.js']);
  });
  it('finds which languages a cache holds', () => {
    expect(
      languagesIn([
        '/assets/locale-ar-common-old.js',
        '/assets/main.js',
        '/assets/locale-so-bins-1.js',
        '/assets/locale-zh_Hans-bins-2.js',
      ]),
    ).toEqual(new Set(['ar', 'so', 'zh-Hans']));
  });
});

describe('content packs in the service worker', () => {
  it('knows a pack request by its path, and nothing else', () => {
    expect(packAreaOf('/api/packs/sefton')).toBe('sefton');
    expect(packAreaOf('/api/packs/riverside')).toBe('riverside');
    expect(packAreaOf('/api/packs')).toBeUndefined();
    expect(packAreaOf('/api/packs/sefton/x')).toBeUndefined();
    expect(packAreaOf('/api/reports')).toBeUndefined();
  });

  it("keeps only the phone's own area: storing one area's pack drops the others'", () => {
    expect(otherAreaPacks(['/api/packs/sefton', '/api/packs/stockton', '/assets/x.js'], 'stockton')).toEqual(['/api/packs/sefton']);
  });

  it('knows the area of a page, so the worker keeps its pack from the first visit', () => {
    expect(areaOfPage('/en/sefton/')).toBe('sefton');
    expect(areaOfPage('/zh-Hans/riverside/bins')).toBe('riverside');
    expect(areaOfPage('/en/')).toBeUndefined();
    expect(areaOfPage('/staff/inbox')).toBeUndefined();
  });

  it('announces a pack only when a cached copy was replaced by a different version', () => {
    expect(isNewerPack('"a"', '"b"')).toBe(true);
    expect(isNewerPack('"a"', '"a"')).toBe(false);
    expect(isNewerPack(undefined, '"a"')).toBe(false);
  });
});

describe('the language of a page', () => {
  it('is the first part of its path, with a script where it has one', () => {
    expect(languageOfPage('/ar/sefton/gp')).toBe('ar');
    expect(languageOfPage('/zh-Hans/stockton/')).toBe('zh-Hans');
    expect(languageOfPage('/ti/')).toBe('ti');
    expect(languageOfPage('/ti')).toBe('ti');
    expect(languageOfPage('/')).toBeUndefined();
    expect(languageOfPage('/staff/inbox')).toBeUndefined();
    expect(languageOfPage('/assets/x.js')).toBeUndefined();
  });
});
