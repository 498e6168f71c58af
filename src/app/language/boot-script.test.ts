import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';

const source = readFileSync(join(process.cwd(), 'public/boot.js'), 'utf8');

function runBoot(path: string, saved?: string): { lang: string; dir: string } {
  window.history.replaceState(null, '', path);
  if (saved) localStorage.setItem('waymark.lang', saved);
  document.documentElement.lang = 'x';
  document.documentElement.dir = 'rtl';
  new Function(source)();
  return { lang: document.documentElement.lang, dir: document.documentElement.dir };
}

describe('public/boot.js', () => {
  it.each(LANGUAGES.map((l) => [l.code, l.bcp47, l.dir]))('sets lang and dir for /%s/ before first paint', (code, bcp47, dir) => {
    expect(runBoot(`/${code}/sefton/`)).toEqual({ lang: bcp47, dir });
  });
  it('uses the saved language on the start page', () => {
    expect(runBoot('/', 'ur')).toEqual({ lang: 'ur', dir: 'rtl' });
  });
  it('ignores a corrupt saved value', () => {
    expect(runBoot('/', '<script>')).toEqual({ lang: 'x', dir: 'rtl' });
  });
});
