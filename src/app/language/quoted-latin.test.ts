// Right-to-left sentences that quote English («evidence not seen») keep the quote isolated (U+2068…U+2069) and its
// words joined by no-break spaces, so the quote marks stay with their words when the line wraps. Written into the
// locale files themselves: no code runs for it on the phone.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/languages';

const ARABIC = '\\u0600-\\u06ff\\u0750-\\u077f';
// A quoted run with Latin letters and no Arabic-script ones.
const QUOTED = new RegExp(`[«‹]([^«»‹›${ARABIC}]*[A-Za-z][^«»‹›${ARABIC}]*)[»›]`, 'g');

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

describe.each(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code))('quoted English in %s', (lng) => {
  it('is isolated and unbroken in every sentence', () => {
    const bad: string[] = [];
    for (const file of readdirSync(`locales/${lng}`).filter((f) => f.endsWith('.json'))) {
      for (const text of strings(JSON.parse(readFileSync(`locales/${lng}/${file}`, 'utf8')))) {
        for (const [, inner] of text.matchAll(QUOTED)) {
          if (!inner!.startsWith('\u2068') || !inner!.endsWith('\u2069') || inner!.includes(' ')) bad.push(`${file}: ${inner}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
