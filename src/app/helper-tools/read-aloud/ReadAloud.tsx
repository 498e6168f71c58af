import { useEffect, useRef, useState } from 'preact/hooks';
import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { chunkForSpeech } from './speech-text';
import { useVoices } from './use-voices';
import { planReadAloud } from './voice-match';

interface Props {
  /** the words to read, in this component's language (the LanguageScope it sits in) */
  getText: () => string;
  /** the same words in English, when there is an English version to fall back on */
  getEnglishText?: () => string;
  /** called once it is clear the phone can read only English here: the caller then prepares the English */
  onEnglishOnly?: () => void;
  /** in a slot of one row (a column, the show screen): the English button alone, without the sentence saying why */
  compact?: boolean;
}

function speak(text: string, voice: SpeechSynthesisVoice, onDone: () => void): void {
  const speech = window.speechSynthesis;
  speech.cancel();
  const chunks = chunkForSpeech(text);
  if (chunks.length === 0) return onDone();
  chunks.forEach((chunk, i) => {
    const utterance = new SpeechSynthesisUtterance(chunk);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onerror = onDone;
    if (i === chunks.length - 1) utterance.onend = onDone;
    speech.speak(utterance);
  });
}

/** Reads text aloud with a voice for its language; says so plainly when the phone has none. */
export function ReadAloud({ getText, getEnglishText, onEnglishOnly, compact }: Props) {
  const { t, lng, bcp47 } = useT('helpers');
  const { supported, loaded, voices } = useVoices();
  const [speaking, setSpeaking] = useState(false);
  const mine = useRef(false);
  mine.current = speaking;
  // Leaving the page stops this component's speech, not someone else's.
  useEffect(() => () => void (mine.current && window.speechSynthesis?.cancel()), []);
  const plan = loaded && supported ? planReadAloud(voices, bcp47) : undefined;
  useEffect(() => {
    if (plan?.kind === 'english') onEnglishOnly?.();
  }, [plan?.kind]);
  if (!loaded) return null;
  if (!supported)
    return (
      <p class="notice" role="status">
        {t('readAloud.noVoiceAtAll')}
      </p>
    );
  if (speaking) {
    const stop = () => {
      window.speechSynthesis.cancel();
      setSpeaking(false);
    };
    return (
      <button type="button" class="button button-quiet" onClick={stop}>
        <Icon name="close" /> {t('readAloud.stop')}
      </button>
    );
  }
  if (!plan) return null;
  const start = (text: string, voice: SpeechSynthesisVoice) => {
    setSpeaking(true);
    speak(text, voice, () => setSpeaking(false));
  };
  if (plan.kind === 'own') {
    return (
      <button type="button" class="button button-quiet" onClick={() => start(getText(), plan.voice)}>
        <Icon name="speaker" /> {t('readAloud.read')}
      </button>
    );
  }
  const language = isLanguageCode(lng) ? getLanguage(lng).endonym : lng;
  const english = plan.kind === 'english' ? plan.voice : undefined;
  if (compact && english && getEnglishText)
    return (
      <button type="button" class="button button-quiet" onClick={() => start(getEnglishText(), english)}>
        <Icon name="speaker" /> {t('readAloud.readEnglish')}
      </button>
    );
  return (
    <div class="read-aloud-missing">
      <p role="status">{voices.length ? t('readAloud.noVoice', { language }) : t('readAloud.noVoiceAtAll')}</p>
      {english && getEnglishText && (
        <button type="button" class="button button-quiet" onClick={() => start(getEnglishText(), english)}>
          <Icon name="speaker" /> {t('readAloud.readEnglish')}
        </button>
      )}
    </div>
  );
}
