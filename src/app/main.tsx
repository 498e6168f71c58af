// Boot only: language first (so <html lang dir> and strings are right), then render or hydrate, then the service worker.
import { hydrate, render } from 'preact';
import { App } from './App';
import * as buildInfo from './build-info';
import { preloadTopicPage } from './home/AreaScreen';
import { applyDocumentLanguage } from './language/document-language';
import { initI18n } from './language/i18n';
import { initialLanguage } from './language/initial-language';
import { registerServiceWorker } from './offline/sw-bridge';
import { startOutbox } from './report/delivery/outbox-start';
import { readStored, STORED_KEYS } from './storage/local-store';
import type { SentStrings } from '../shared/page-render';
import './ui/app.css';

document.documentElement.dataset.build = buildInfo.BUILD_ID;
// The build's facts as one object, for support: it also makes the entry use Rolldown's runtime helpers (a namespace object), so
// they ride in the entry instead of a chunk of their own that every topic page would wait for (vite.config.ts, TOPIC_CHUNKS).
(globalThis as { waymarkBuild?: unknown }).waymarkBuild = buildInfo;

const root = document.getElementById('app')!;
// A page the server rendered names the namespaces it used; the shell (offline, never visited) is empty and renders here.
const rendered = root.firstChild && root.dataset.ns ? root.dataset.ns.split(',') : undefined;
const lang = initialLanguage(location.pathname, navigator.languages ?? [navigator.language]);
applyDocumentLanguage(lang);
void (async () => {
  // A quick exit taken through the plain link before this code ran: erase the drafts before anything can show them.
  if (readStored(STORED_KEYS.exitPending)) await import('./safety/finish-exit').then((m) => m.finishExit());
  const sent = rendered && document.getElementById('waymark-strings')?.textContent;
  await initI18n(lang, rendered, sent ? (JSON.parse(sent) as SentStrings) : undefined);
  if (rendered) {
    if (root.dataset.topic) await preloadTopicPage(root.dataset.topic, location.pathname.split('/')[2]);
    hydrate(<App />, root);
  } else render(<App />, root);
  // The one mark that the page is live (tests wait for it; public/load.js leaves the quick exit to the app from then on).
  document.documentElement.dataset.hydrated = '';
  performance.mark('waymark-live');
  void registerServiceWorker();
  // Waiting reports are sent from any page at start, not only from the report page.
  startOutbox();
})();
