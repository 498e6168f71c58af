import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { isLanguageCode, type LanguageCode } from '../shared/languages';
import { AreaChoicePage } from './area/AreaChoicePage';
import { AreaScreen } from './home/AreaScreen';
import { StartPage } from './home/StartPage';
import { i18n } from './language/i18n';
import { MissingLanguageNote } from './language/MissingLanguageNote';
import { useLanguageSync } from './language/use-language-sync';
import { useMissingLanguage } from './language/use-missing-language';
import { useT } from './language/use-t';
import { OfflineBanner } from './offline/OfflineBanner';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { splitPath } from './routing/paths';
import { Footer } from './ui/Footer';
import { Header } from './ui/Header';

// After a route change, move focus to the new page so keyboard and screen-reader users are not left behind.
function focusMain(): void {
  document.getElementById('main')?.focus({ preventScroll: true });
}

function Shell() {
  const { path } = useLocation();
  const { t } = useT();
  const parts = splitPath(path);
  const urlLang = isLanguageCode(parts.lang) ? parts.lang : undefined;
  useLanguageSync(urlLang);
  const lang: LanguageCode = urlLang ?? (isLanguageCode(i18n.language) ? i18n.language : 'en');
  const missing = useMissingLanguage(lang);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header lang={lang} area={parts.area} />
      <OfflineBanner />
      {missing && <MissingLanguageNote />}
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Router onRouteChange={focusMain}>
          <Route path="/" component={StartPage} />
          <Route path="/:lang" component={AreaChoicePage} />
          <Route path="/:lang/:area" component={AreaScreen} />
          <Route path="/:lang/:area/:topic" component={AreaScreen} />
          <Route default component={AreaScreen} />
        </Router>
      </main>
      <Footer lang={lang} area={parts.area} />
    </>
  );
}

export function App() {
  return (
    <LocationProvider>
      <Shell />
    </LocationProvider>
  );
}
