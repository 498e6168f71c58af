// The one i18next instance. Namespaces are JSON files under locales/<lng>/ and load lazily, one chunk each.
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import type { LanguageCode } from '../../shared/languages';

type Resource = { default: Record<string, unknown> };
const loaders = import.meta.glob<Resource>('../../../locales/*/*.json');

export const i18n = i18next.createInstance();

export function loadNamespaceFile(lng: string, ns: string): Promise<Record<string, unknown>> {
  const load = loaders[`../../../locales/${lng}/${ns}.json`];
  if (!load) return Promise.reject(new Error(`No strings for ${lng}/${ns}`));
  return load().then((m) => m.default);
}

/** Every strings file the build holds, as language and namespace (the server loads them all). */
export function namespaceFiles(): { lng: string; ns: string }[] {
  return Object.keys(loaders).map((k) => {
    const [, lng, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(k)!;
    return { lng: lng!, ns: ns! };
  });
}

/** `ns`: the namespaces to have before the first render (a server-rendered page names those it used). */
export function initI18n(lng: LanguageCode, ns: string[] = ['common']): Promise<unknown> {
  return i18n.use(resourcesToBackend(loadNamespaceFile)).init({
    lng,
    fallbackLng: 'en',
    ns,
    defaultNS: 'common',
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing file offline should not hold the first render for long.
    maxRetries: 1,
    retryTimeout: 300,
  });
}
