// Re-renders a component when the language changes or its namespace arrives.
import { useEffect, useReducer } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { i18n } from './i18n';

export interface Translation {
  t: TFunction;
  lng: string;
  ready: boolean;
}

export function useT(ns: string = 'common'): Translation {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const onChange = () => rerender(0);
    i18n.on('languageChanged', onChange);
    i18n.on('loaded', onChange);
    if (!i18n.hasLoadedNamespace(ns)) void i18n.loadNamespaces(ns).then(onChange);
    return () => {
      i18n.off('languageChanged', onChange);
      i18n.off('loaded', onChange);
    };
  }, [ns]);
  return { t: i18n.getFixedT(null, ns), lng: i18n.language, ready: i18n.hasLoadedNamespace(ns) };
}
