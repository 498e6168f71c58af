// The one i18next instance. Namespaces are JSON files under locales/<lng>/ and load lazily, one chunk each.
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import type { LanguageCode } from '../../shared/languages';

type Resource = { default: Record<string, unknown> };
// Only `common` is needed to draw the first page; every other file's loader is in a lazy chunk, so a new namespace
// does not grow the first load (each file's entry in this map costs about 13 bytes gzipped).
const common = import.meta.glob<Resource>('../../../locales/*/common.json');

export const i18n = i18next.createInstance();

export function loadNamespaceFile(lng: string, ns: string): Promise<Record<string, unknown>> {
  if (ns !== 'common') return import('./namespace-loaders').then((m) => m.loadFile(lng, ns));
  const load = common[`../../../locales/${lng}/common.json`];
  if (!load) return Promise.reject(new Error(`No strings for ${lng}/${ns}`));
  return load().then((m) => m.default);
}

export function initI18n(lng: LanguageCode): Promise<unknown> {
  return i18n.use(resourcesToBackend(loadNamespaceFile)).init({
    lng,
    fallbackLng: 'en',
    ns: ['common'],
    defaultNS: 'common',
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing file offline should not hold the first render for long.
    maxRetries: 1,
    retryTimeout: 300,
  });
}
