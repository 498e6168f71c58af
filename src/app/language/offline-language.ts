// Fetches every string file of a language once, so the service worker keeps it for offline use.
import { i18n, loadNamespaceFile, namespacesOf } from './i18n';

const done = new Set<string>();

export function keepLanguageOffline(lang: string): void {
  if (done.has(lang) || typeof window === 'undefined') return;
  done.add(lang);
  const run = () => {
    for (const ns of namespacesOf(lang)) {
      loadNamespaceFile(lang, ns)
        .then((data) => i18n.addResourceBundle(lang, ns, data, true, false))
        .catch(() => done.delete(lang));
    }
  };
  // After the page is drawn and quiet: this is background work.
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, 1500);
}
