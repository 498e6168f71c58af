import { describe, expect, it } from 'vitest';
import { matchScore, pickVoice, planReadAloud, type VoiceLike } from './voice-match';

const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, ...extra });

describe('pickVoice', () => {
  it('prefers the exact regional voice over the bare language', () => {
    const voices = [voice('fa-IR'), voice('fa-AF'), voice('en-GB')];
    expect(pickVoice(voices, 'fa-AF')?.lang).toBe('fa-AF');
  });

  it('falls back to the same base language when the region is missing (Dari reads with a Persian voice)', () => {
    const voices = [voice('en-US'), voice('fa-IR')];
    expect(pickVoice(voices, 'fa-AF')?.lang).toBe('fa-IR');
  });

  it('reads underscores and mixed case in voice tags as Android reports them', () => {
    expect(pickVoice([voice('AR_eg')], 'ar')?.lang).toBe('AR_eg');
  });

  it('never treats a different language with a similar code as a match', () => {
    expect(pickVoice([voice('ku'), voice('ckb-x')], 'ckb')?.lang).toBe('ckb-x');
    expect(pickVoice([voice('ku'), voice('kmr')], 'ckb')).toBeUndefined();
    expect(matchScore('am-ET', 'ar')).toBe(0);
  });

  it('prefers an on-device voice, then the default one, among equal matches', () => {
    const voices = [voice('ar-SA', 'net', { localService: false, default: true }), voice('ar-EG', 'local', { localService: true })];
    expect(pickVoice(voices, 'ar')?.name).toBe('local');
    const defaults = [voice('fr-FR', 'a'), voice('fr-CA', 'b', { default: true })];
    expect(pickVoice(defaults, 'fr')?.name).toBe('b');
  });
});

describe('planReadAloud', () => {
  it('reads in the person’s language when the phone has that voice', () => {
    expect(planReadAloud([voice('en-GB'), voice('ti-ER')], 'ti')).toMatchObject({ kind: 'own', voice: { lang: 'ti-ER' } });
  });

  it('offers the English voice when there is none for the language', () => {
    expect(planReadAloud([voice('en-US'), voice('fr-FR')], 'ti')).toMatchObject({ kind: 'english', voice: { lang: 'en-US' } });
  });

  it('says nothing can be read when there is no usable voice at all', () => {
    expect(planReadAloud([], 'so')).toEqual({ kind: 'none' });
    expect(planReadAloud([voice('de-DE')], 'so')).toEqual({ kind: 'none' });
  });
});
