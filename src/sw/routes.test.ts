import { describe, expect, it } from 'vitest';
import { languagesIn, splitManifest } from './routes';

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
