// The phone's speech voices. Chrome fills the list late (voiceschanged), so "loaded" waits for it or a short timeout.
import { useEffect, useState } from 'preact/hooks';

export interface Voices {
  /** false when the browser has no speechSynthesis at all */
  supported: boolean;
  loaded: boolean;
  voices: readonly SpeechSynthesisVoice[];
}

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

export function useVoices(waitMs = 1500): Voices {
  const [state, setState] = useState<Voices>({ supported: true, loaded: false, voices: [] });
  useEffect(() => {
    const speech = synth();
    if (!speech) {
      setState({ supported: false, loaded: true, voices: [] });
      return;
    }
    const update = (final: boolean) => {
      const voices = speech.getVoices();
      if (voices.length > 0 || final) setState({ supported: true, loaded: true, voices });
    };
    update(false);
    const onChange = () => update(true);
    speech.addEventListener('voiceschanged', onChange);
    const timer = setTimeout(() => update(true), waitMs);
    return () => {
      speech.removeEventListener('voiceschanged', onChange);
      clearTimeout(timer);
    };
  }, [waitMs]);
  return state;
}
