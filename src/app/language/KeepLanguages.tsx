// For helpers: keep every language for offline use, see the space it takes, and undo it.
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGE_CODES, type LanguageCode } from '../../shared/languages';
import { dropLanguagesExcept, keepEveryLanguage, languagesKept } from '../offline/sw-bridge';
import { savedLanguage } from '../storage/prefs';
import { sayWith } from '../ui/say';
import { formatSize, spaceUsed } from './space-used';
import { useT } from './use-t';

type State = 'idle' | 'keeping' | 'kept' | 'dropped' | 'failed';

const OTHERS = LANGUAGE_CODES.filter((c) => c !== 'en');

export function KeepLanguages({ current }: { current: LanguageCode }) {
  const { t, ready, bcp47, dir } = useT('safety');
  const [state, setState] = useState<State>('idle');
  const [size, setSize] = useState('');
  const measure = async () => {
    const bytes = await spaceUsed();
    setSize(bytes === undefined ? '?' : formatSize(bytes, bcp47));
  };
  useEffect(() => {
    languagesKept().then(
      (r) => OTHERS.every((c) => r.langs.includes(c)) && (setState('kept'), void measure()),
      () => undefined,
    );
  }, []);
  const keep = async () => {
    setState('keeping');
    try {
      const r = await keepEveryLanguage();
      if (!r.ok || !OTHERS.every((c) => r.langs.includes(c))) throw new Error('not every language');
      await measure();
      setState('kept');
    } catch {
      setState('failed');
    }
  };
  const drop = async () => {
    // "In use": the language on screen and the one remembered for next time.
    const keepOnly = [current, savedLanguage() ?? current];
    await dropLanguagesExcept(keepOnly).catch(() => undefined);
    await measure();
    setState('dropped');
  };
  if (!ready) return null;
  const say = sayWith(t, { size });
  return (
    <section class="keep-languages stack" aria-labelledby="keep-languages-title" lang={bcp47} dir={dir}>
      <h3 id="keep-languages-title">{t('language.keepAll')}</h3>
      <p>{t('language.keepAllHelp')}</p>
      {state === 'kept' ? (
        <button type="button" class="button button-quiet" onClick={() => void drop()}>
          {t('language.dropOthers')}
        </button>
      ) : (
        <button type="button" class="button" onClick={() => void keep()} disabled={state === 'keeping'} aria-busy={state === 'keeping'}>
          {t('language.keepAll')}
        </button>
      )}
      <p role="status">
        {state === 'keeping' && t('language.keeping')}
        {state === 'kept' && size && say('language.kept')}
        {state === 'dropped' && size && say('language.dropped')}
        {state === 'failed' && t('language.keepFailed')}
      </p>
    </section>
  );
}
