// Translation hook. Re-renders when the language changes or a namespace arrives.
// Inside <LanguageScope lang="en"> components speak that language instead (side-by-side views, leaflets).
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useReducer } from 'preact/hooks';
import type { TFunction } from './translator';
import { getLanguage, isLanguageCode } from '../../shared/languages';
import { i18n, loadNamespaceFile } from './i18n';

export interface Translation {
  t: TFunction;
  /** the language this component speaks (a URL code such as "prs") */
  lng: string;
  /** BCP 47 tag and direction for lang/dir attributes */
  bcp47: string;
  dir: 'ltr' | 'rtl';
  ready: boolean;
  /** the language's file is not on this phone: the words are English, and bcp47/dir say so */
  fallback: boolean;
}

const ScopeContext = createContext<string | null>(null);

export function LanguageScope({ lang, children }: { lang: string; children: ComponentChildren }) {
  return <ScopeContext.Provider value={lang}>{children}</ScopeContext.Provider>;
}

export function useT(ns: string = 'common'): Translation {
  const scoped = useContext(ScopeContext);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const lng = scoped ?? i18n.language ?? 'en';
  // Dates are written with the dates namespace's names (language/dates.ts): every page's words come with them.
  const needed = ns === 'common' || ns === 'dates' ? [ns] : [ns, 'dates'];
  const has = (n: string) => i18n.hasResourceBundle(lng, n) || (lng === i18n.language && i18n.hasLoadedNamespace(n));
  const ready = needed.every(has);
  useEffect(() => {
    const onChange = () => rerender(0);
    i18n.on('languageChanged', onChange);
    i18n.on('loaded', onChange);
    if (!ready) {
      const missing = needed.filter((n) => !has(n));
      const load = scoped
        ? Promise.all(missing.map((n) => loadNamespaceFile(scoped, n).then((data) => i18n.addResourceBundle(scoped, n, data))))
        : i18n.loadNamespaces(missing);
      void load.then(onChange, () => undefined);
    }
    return () => {
      i18n.off('languageChanged', onChange);
      i18n.off('loaded', onChange);
    };
  }, [ns, scoped, ready]);
  // The translator falls back to English per key; when this namespace never arrived, mark its words as English.
  const fallback = ready && lng !== 'en' && !i18n.hasResourceBundle(lng, ns);
  const language = isLanguageCode(lng) && !fallback ? getLanguage(lng) : getLanguage('en');
  return { t: i18n.getFixedT(lng, ns), lng, bcp47: language.bcp47, dir: language.dir, ready, fallback };
}
