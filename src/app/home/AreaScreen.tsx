import { useEffect, useMemo } from 'preact/hooks';
import { lazy, useLocation } from 'preact-iso';
import type { ComponentType } from 'preact';
import { savedArea, saveArea } from '../storage/prefs';
import { i18n } from '../language/i18n';
import { isLanguageCode } from '../../shared/languages';
import { isAreaId } from '../../shared/areas';
import { areaName } from './area-name';
import { packUpdatedAt } from '../content/pack-loader';
import { useAreaPack } from './use-area-pack';
import { resolveAreaRoute } from '../routing/resolve-route';
import { findTopic, type TopicPageProps } from '../topics/topics';
import { Notice } from '../ui/Notice';
import { HomePage } from './HomePage';
import { useT } from '../language/use-t';
import { usePageTitle } from '../ui/use-page-title';

// One lazy component per topic, made once, so a topic's code is fetched only when it is opened.
const lazyPages = new Map<string, ComponentType<TopicPageProps>>();
function pageFor(id: string): ComponentType<TopicPageProps> {
  let page = lazyPages.get(id);
  if (!page) {
    page = lazy(findTopic(id)!.load);
    lazyPages.set(id, page);
  }
  return page;
}
// Only pages about harm load it, so the first load stays small.
const QuickExit = lazy(() => import('../safety/QuickExit').then((m) => m.QuickExit));
// Shown only after a newer pack arrived, so it stays out of the first load.
const PackUpdated = lazy(() => import('./PackUpdated').then((m) => m.PackUpdated));

/** "/<lang>/<area>/<topic?>": checks the URL, then shows the home or a topic. */
export function AreaScreen({ lang, area, topic }: { lang?: string; area?: string; topic?: string }) {
  const { route } = useLocation();
  const fallbackLang = isLanguageCode(i18n.language) ? i18n.language : 'en';
  const pack = useAreaPack(area);
  // An area met for the first time is asked about (its pack) before the URL is judged unknown.
  const waiting = pack === 'loading' && !isAreaId(area);
  const result = useMemo(
    () => resolveAreaRoute({ lang, area, topic }, { lang: fallbackLang, area: savedArea() }),
    [lang, area, topic, waiting],
  );
  const { t } = useT();
  const shown = result.kind === 'show' ? result : undefined;
  usePageTitle(shown?.topic && t(findTopic(shown.topic)!.label), shown && areaName(t, shown.area));
  useEffect(() => {
    if (waiting) return;
    if (result.kind === 'redirect') route(result.to, true);
    else saveArea(result.area);
  }, [result, waiting]);
  if (waiting || result.kind === 'redirect') return null;
  // Topic pages read facts synchronously, so they wait for the area's pack (from the phone's cache when offline).
  const Page = result.topic && pack === 'ready' ? pageFor(result.topic) : null;
  return (
    <>
      {result.topic && findTopic(result.topic)?.sensitive && <QuickExit />}
      <Notice />
      {pack === 'ready' && packUpdatedAt(result.area) && <PackUpdated area={result.area} />}
      {Page ? (
        <Page lang={result.lang} area={result.area} topic={result.topic!} />
      ) : result.topic ? null : (
        <HomePage lang={result.lang} area={result.area} />
      )}
    </>
  );
}
