import { useLocation } from 'preact-iso';
import { getLanguage, type LanguageCode } from '../../shared/languages';
import { savedLanguage } from '../storage/prefs';
import { withLanguage } from '../routing/paths';

/** English is always one tap away, and so is the way back to the person's own language. */
export function EnglishToggle({ current }: { current: LanguageCode }) {
  const { url } = useLocation();
  const own = savedLanguage();
  if (current !== 'en') {
    return (
      <a class="button button-quiet" href={withLanguage(url, 'en')} lang="en-GB" dir="ltr" hrefLang="en">
        English
      </a>
    );
  }
  if (!own || own === 'en') return null;
  const lang = getLanguage(own);
  return (
    <a class="button button-quiet" href={withLanguage(url, own)} lang={lang.bcp47} dir={lang.dir} hrefLang={lang.bcp47}>
      {lang.endonym}
    </a>
  );
}
