import { describe, expect, it } from 'vitest';
import { isolateInStrings, isolateQuotedLatin } from './quoted-latin';

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

  it('runs through a namespace’s strings, for right-to-left languages only', () => {
    const strings = { tick: { text: 'Tick «evidence not seen»' }, n: 3 };
    expect(isolateInStrings(strings, 'en')).toBe(strings);
    expect(isolateInStrings(strings, 'ar')).toEqual({ tick: { text: 'Tick «\u2068evidence\u00a0not\u00a0seen\u2069»' }, n: 3 });
  });
});
