// Boot only: language first (so <html lang dir> and strings are right), then render, then the service worker.
import { render } from 'preact';
import { App } from './App';
import { BUILD_ID } from './build-info';
import { applyDocumentLanguage } from './language/document-language';
import { initI18n } from './language/i18n';
import { initialLanguage } from './language/initial-language';
import { registerServiceWorker } from './offline/sw-bridge';
import { startOutbox } from './report/delivery/outbox-start';
import './ui/app.css';

document.documentElement.dataset.build = BUILD_ID;

const lang = initialLanguage(location.pathname, navigator.languages ?? [navigator.language]);
applyDocumentLanguage(lang);
void initI18n(lang).then(() => {
  render(<App />, document.getElementById('app')!);
  void registerServiceWorker();
  // Waiting reports are sent from any page at start, not only from the report page.
  startOutbox();
});
