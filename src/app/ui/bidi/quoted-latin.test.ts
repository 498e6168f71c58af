import { describe, expect, it } from 'vitest';
import { isolateQuotedLatin, QUOTED_LATIN } from './quoted-latin';

describe('isolateQuotedLatin', () => {
  it('isolates quoted English inside Arabic and keeps its words on one line', () => {
    expect(isolateQuotedLatin('علامة على «evidence not seen» (لم يُطّلع)')).toBe(
      'علامة على «\u2068evidence\u00a0not\u00a0seen\u2069» (لم يُطّلع)',
    );
  });

  it('leaves quotes of the sentence’s own script alone', () => {
    const text = 'اضغط «أرسل الآن» لاحقًا.';
    expect(isolateQuotedLatin(text)).toBe(text);
  });

  it('handles single guillemets and several quotes in one sentence', () => {
    expect(isolateQuotedLatin('‹Find a GP› و «Arabic»')).toBe('‹\u2068Find\u00a0a\u00a0GP\u2069› و «\u2068Arabic\u2069»');
  });

  it('runs for right-to-left languages only, the scope’s own language first', () => {
    const text = 'Tick «evidence not seen»';
    const process = (lng: string | undefined, global: string) => QUOTED_LATIN.process(text, 'k', { lng }, { language: global } as never);
    expect(process(undefined, 'en')).toBe(text);
    expect(process('en', 'ar')).toBe(text);
    expect(process('ar', 'en')).not.toBe(text);
  });
});
