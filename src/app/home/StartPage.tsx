import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getLanguage, type LanguageCode } from '../../shared/languages';
import { matchLanguage } from '../language/match-language';
import { LanguageList } from '../language/LanguageList';
import { savedArea, savedLanguage, saveLanguage } from '../storage/prefs';
import { Icon } from '../ui/Icon';

/** "/": first visit picks a language (best guess first); later visits go straight to the remembered page. */
export function StartPage() {
  const { route } = useLocation();
  const lang = savedLanguage();
  const area = savedArea();
  useEffect(() => {
    if (lang) route(area ? `/${lang}/${area}/` : `/${lang}/`, true);
  }, [lang, area]);
  if (lang) return null;

  const guess = matchLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));
  const pick = (code: LanguageCode) => {
    saveLanguage(code);
    route(area ? `/${code}/${area}/` : `/${code}/`);
  };
  const g = getLanguage(guess);
  return (
    <section class="stack">
      <h1 class="start-title">
        <Icon name="globe" size={32} /> <span lang="en">Waymark</span>
      </h1>
      <button type="button" class="choice choice-suggested" lang={g.bcp47} dir={g.dir} onClick={() => pick(guess)}>
        <span class="choice-main">{g.endonym}</span>
        <span class="choice-sub" aria-hidden="true">
          →
        </span>
      </button>
      <LanguageList current={guess} onPick={pick} />
    </section>
  );
}
