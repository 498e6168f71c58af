// Boot only: language first (so <html lang dir> and strings are right), then render or hydrate, then the service worker.
import { hydrate, render } from 'preact';
import { App } from './App';
import { BUILD_ID } from './build-info';
import { preloadTopicPage } from './home/AreaScreen';
import { applyDocumentLanguage } from './language/document-language';
import { initI18n } from './language/i18n';
import { initialLanguage } from './language/initial-language';
import { registerServiceWorker } from './offline/sw-bridge';
import { startOutbox } from './report/delivery/outbox-start';
import './ui/app.css';

document.documentElement.dataset.build = BUILD_ID;

const root = document.getElementById('app')!;
// A page the server rendered carries its strings; the shell (offline, never visited) has none and renders here.
const sent = document.getElementById('waymark-strings');
const lang = initialLanguage(location.pathname, navigator.languages ?? [navigator.language]);
applyDocumentLanguage(lang);
void (async () => {
  const strings = sent && root.firstChild ? (JSON.parse(sent.textContent ?? '{}') as Parameters<typeof initI18n>[1]) : undefined;
  await initI18n(lang, strings);
  if (strings) {
    if (root.dataset.topic) await preloadTopicPage(root.dataset.topic);
    hydrate(<App />, root);
    document.documentElement.dataset.hydrated = '';
  } else render(<App />, root);
  void registerServiceWorker();
  // Waiting reports are sent from any page at start, not only from the report page.
  startOutbox();
})();
