import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getLanguage, isLanguageCode, type LanguageCode } from '../../shared/languages';
import { matchLanguage } from '../../shared/match-language';
import { LanguageList } from '../language/LanguageList';
import { savedArea, savedLanguage, saveLanguage } from '../storage/prefs';
import { Icon } from '../ui/Icon';

/** "/": first visit picks a language (best guess first); later visits go straight to the remembered page. */
export function StartPage() {
  const { route, query } = useLocation();
  const lang = savedLanguage();
  const area = savedArea();
  useEffect(() => {
    if (lang) route(area ? `/${lang}/${area}/` : `/${lang}/`, true);
  }, [lang, area]);
  if (lang) return null;

  const guess = isLanguageCode(query.guess)
    ? query.guess
    : matchLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? []));
  const href = (code: LanguageCode) => (area ? `/${code}/${area}/` : `/${code}/`);
  // Links, so a phone without JavaScript goes on too; with it, the choice is also remembered.
  const pick = (code: LanguageCode, e?: Event) => {
    e?.preventDefault();
    saveLanguage(code);
    route(href(code));
  };
  const g = getLanguage(guess);
  return (
    <section class="stack">
      <h1 class="start-title">
        <Icon name="globe" size={32} /> <span lang="en">Waymark</span>
      </h1>
      <a class="choice choice-suggested" href={href(guess)} lang={g.bcp47} dir={g.dir} onClick={(e) => pick(guess, e)}>
        <span class="choice-main">{g.endonym}</span>
        <span class="choice-sub" aria-hidden="true">
          →
        </span>
      </a>
      <LanguageList current={guess} onPick={pick} href={href} />
    </section>
  );
}
