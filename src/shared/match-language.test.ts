import { describe, expect, it } from 'vitest';
import { acceptedLanguages, matchLanguage, matchOne } from './match-language';

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
  it('maps Kurdish in Latin letters, or with no script, to Kurmanji, never to Sorani', () => {
    expect(matchOne('ku-Latn')).toBe('kmr');
    expect(matchOne('ku')).toBe('kmr');
    expect(matchOne('ku-TR')).toBe('kmr');
    expect(matchOne('kmr')).toBe('kmr');
    expect(matchOne('ku-Arab')).toBe('ckb');
  });
  it('sends every Chinese tag to simplified Chinese, Gurmukhi Punjabi to Punjabi and Shahmukhi to Urdu', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-CN', 'zh_cn']) expect(matchOne(tag)).toBe('zh-Hans');
    expect(matchOne('pa-IN')).toBe('pa');
    expect(matchOne('pa-Guru-IN')).toBe('pa');
    expect(matchOne('pa-Arab-PK')).toBe('ur');
    expect(matchOne('bn-BD')).toBe('bn');
    expect(matchOne('syl')).toBe('bn');
    expect(matchOne('hi-IN')).toBe('hi');
    expect(matchOne('om-ET')).toBe('om');
    expect(matchOne('es-419')).toBe('es');
    expect(matchOne('tr-TR')).toBe('tr');
  });
  it('accepts underscores and odd case', () => {
    expect(matchOne('AR_sa')).toBe('ar');
  });
  it('falls back to English when nothing matches', () => {
    expect(matchLanguage(['de', 'ja-JP'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
    expect(matchLanguage([''])).toBe('en');
  });
});

describe('acceptedLanguages', () => {
  it('reads an Accept-Language header most wanted first, and skips what is refused or not a tag', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, ar;q=0.95, en;q=0, *;q=0.5, <x>;q=1, de;q=abc')).toEqual(['fr-CH', 'ar', 'fr']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(matchLanguage(acceptedLanguages('ku-Latn-TR,en;q=0.8'))).toBe('kmr');
  });
});
