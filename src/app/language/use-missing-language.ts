// A language chosen offline before it was ever used online has no strings on the phone: the translator shows
// English. Then the page is marked English (lang, dir) and, when signal returns, the language is fetched.
import { useEffect, useReducer } from 'preact/hooks';
import type { LanguageCode } from '../../shared/languages';
import { keepLanguageCached } from '../offline/sw-bridge';
import { applyDocumentLanguage } from './document-language';
import { i18n } from './i18n';

/** True once loading the language's common strings has failed (not while it is still loading). */
export function isLanguageMissing(lng: string): boolean {
  return lng !== 'en' && i18n.isInitialized && i18n.hasLoadedNamespace('common', { lng }) && !i18n.hasResourceBundle(lng, 'common');
}

export function useMissingLanguage(lang: LanguageCode): boolean {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const redraw = () => rerender(0);
    i18n.on('loaded', redraw);
    i18n.on('failedLoading', redraw);
    i18n.on('languageChanged', redraw);
    return () => {
      i18n.off('loaded', redraw);
      i18n.off('failedLoading', redraw);
      i18n.off('languageChanged', redraw);
    };
  }, []);
  const missing = isLanguageMissing(lang);
  useEffect(() => {
    applyDocumentLanguage(missing ? 'en' : lang);
    if (!missing) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchAgain = () => {
      keepLanguageCached(lang);
      const again = () => {
        rerender(0);
        // The first moments after signal returns can still fail: try a few more times before waiting for the next "online".
        if (isLanguageMissing(lang) && navigator.onLine && ++tries < 5) timer = setTimeout(fetchAgain, 1500);
      };
      void i18n.reloadResources([lang], i18n.failedNamespaces(lang)).then(again, again);
    };
    window.addEventListener('online', fetchAgain);
    // Signal may have come back before this listener was in place: try once now too.
    if (navigator.onLine) fetchAgain();
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', fetchAgain);
    };
  }, [lang, missing]);
  return missing;
}
