// The one translator. Namespaces are JSON files under locales/<lng>/ and load lazily, one chunk each.
import type { LanguageCode } from '../../shared/languages';
import type { SentStrings } from '../../shared/page-render';
import { Translator } from './translator';

type Resource = { default: Record<string, unknown> };
// Only common is needed to draw the first page; every other namespace's loader comes with its first use.
const commonLoaders = import.meta.glob<Resource>('../../../locales/*/common.json');

export const i18n = new Translator();

export async function loadNamespaceFile(lng: string, ns: string): Promise<Record<string, unknown>> {
  // Strings already here (sent in the page) are not fetched again.
  const kept = i18n.getResourceBundle(lng, ns) as Record<string, unknown> | undefined;
  if (kept) return kept;
  const key = `../../../locales/${lng}/${ns}.json`;
  const load = ns === 'common' ? commonLoaders[key] : (await import('./namespace-loaders')).NAMESPACE_LOADERS[key];
  if (!load) throw new Error(`No strings for ${lng}/${ns}`);
  return (await load()).default;
}

/** `ns`: the namespaces to have before the first render (a server-rendered page names those it used, and may send them). */
export function initI18n(lng: LanguageCode, ns: string[] = ['common'], sent?: SentStrings): Promise<unknown> {
  return i18n.init({
    ...(sent ? { resources: sent.strings } : {}),
    ...(sent?.fallback ? { fallback: sent.fallback } : {}),
    lng,
    ns,
    read: loadNamespaceFile,
    // A missing file offline should not hold the first render for long.
    retries: 1,
    retryMs: 300,
  });
}
