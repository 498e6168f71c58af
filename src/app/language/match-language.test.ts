import { describe, expect, it } from 'vitest';
import { matchLanguage, matchOne } from './match-language';

describe('matchLanguage', () => {
  it('takes the first browser language Waymark speaks', () => {
    expect(matchLanguage(['de-DE', 'ti-ER', 'en'])).toBe('ti');
  });
  it('sends Afghan Persian to Dari, not Farsi', () => {
    expect(matchLanguage(['fa-AF'])).toBe('prs');
    expect(matchLanguage(['fa-IR'])).toBe('fa');
  });
  it('maps Kurdish written in Arabic script to Sorani', () => {
    expect(matchOne('ku-Arab-IQ')).toBe('ckb');
    expect(matchOne('ckb')).toBe('ckb');
  });
  it('accepts underscores and odd case', () => {
    expect(matchOne('AR_sa')).toBe('ar');
  });
  it('falls back to English when nothing matches', () => {
    expect(matchLanguage(['de', 'zh-CN'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage([''])).toBe('en');
  });
});
