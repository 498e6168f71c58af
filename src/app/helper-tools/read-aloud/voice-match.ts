// Which speechSynthesis voice can read a language: exact BCP 47 tag first, then the same base language.
// Kept pure so the choice can be tested without a browser's voice list.

/** The part of SpeechSynthesisVoice this module reads. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

export type ReadAloudPlan<V extends VoiceLike> = { kind: 'own'; voice: V } | { kind: 'english'; voice: V } | { kind: 'none' };

function normalise(tag: string): string[] {
  return tag.trim().toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
}

/** How closely a voice's tag matches the wanted tag: 0 = not the same language, higher = closer. */
export function matchScore(voiceTag: string, wantedTag: string): number {
  const voice = normalise(voiceTag);
  const wanted = normalise(wantedTag);
  if (!voice[0] || voice[0] !== wanted[0]) return 0;
  let shared = 0;
  while (shared < wanted.length && voice[shared] === wanted[shared]) shared++;
  return shared;
}

/** The best voice for a BCP 47 tag, preferring closer tags, then voices on the device, then the default. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], wantedTag: string): V | undefined {
  let best: V | undefined;
  let bestRank = 0;
  for (const voice of voices) {
    const score = matchScore(voice.lang, wantedTag);
    if (score === 0) continue;
    const rank = score * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
    if (rank > bestRank) {
      best = voice;
      bestRank = rank;
    }
  }
  return best;
}

/** Read in the person's language when the phone can; otherwise offer English, or say nothing can be read. */
export function planReadAloud<V extends VoiceLike>(voices: readonly V[], wantedTag: string): ReadAloudPlan<V> {
  const own = pickVoice(voices, wantedTag);
  if (own) return { kind: 'own', voice: own };
  const english = pickVoice(voices, 'en-GB');
  return english ? { kind: 'english', voice: english } : { kind: 'none' };
}
