import { useEffect, useMemo, useState } from 'preact/hooks';
import { lazy, useLocation } from 'preact-iso';
import type { ComponentType } from 'preact';
import { savedArea, saveArea } from '../storage/prefs';
import { keepAreaPack } from '../offline/sw-bridge';
import { i18n } from '../language/i18n';
import { isLanguageCode } from '../../shared/languages';
import { isAreaId } from '../../shared/areas';
import { resolveAreaRoute } from '../routing/resolve-route';
import { findTopic, type TopicPageProps } from '../topics/topics';
import { Notice } from '../ui/Notice';
import { HomePage } from './HomePage';
import { useT } from '../language/use-t';
import { usePageTitle } from '../ui/use-page-title';

// One lazy component per topic, made once, so a topic's code is fetched only when it is opened; with it comes the
// area's pack (topic pages read facts synchronously), from the phone's cache when offline.
const lazyPages = new Map<string, ComponentType<TopicPageProps>>();
function pageFor(id: string): ComponentType<TopicPageProps> {
  let page = lazyPages.get(id);
  if (!page) {
    page = lazy(() => Promise.all([findTopic(id)!.load(), import('./PackedPage')]).then(([Page, m]) => m.withPack(Page)));
    lazyPages.set(id, page);
  }
  return page;
}
// An area the page has not met yet is asked about (its pack) before the URL is judged unknown.
const AreaLookup = lazy(() => import('./PackedPage').then((m) => m.AreaLookup));
// Only pages about harm load it, so the first load stays small.
const QuickExit = lazy(() => import('../safety/QuickExit').then((m) => m.QuickExit));

/** Fetches a topic's code (and the quick exit it needs) so a server-rendered page hydrates without suspending. */
export function preloadTopicPage(id: string, area?: string): Promise<unknown> {
  const topic = findTopic(id);
  if (!topic) return Promise.resolve();
  const page = pageFor(id) as ComponentType<TopicPageProps> & { preload: () => Promise<unknown> };
  return Promise.all([
    page.preload(),
    topic.sensitive ? (QuickExit as unknown as { preload: () => Promise<unknown> }).preload() : 0,
    // The server drew the page with its area's pack: the same facts must be readable before hydrating.
    area ? import('./PackedPage').then((m) => m.preloadPack(area)) : 0,
  ]);
}

/** "/<lang>/<area>/<topic?>": checks the URL, then shows the home or a topic. */
export function AreaScreen({ lang, area, topic }: { lang?: string; area?: string; topic?: string }) {
  const { route } = useLocation();
  const fallbackLang = isLanguageCode(i18n.language) ? i18n.language : 'en';
  const [asked, setAsked] = useState<string>();
  const waiting = !!area && !isAreaId(area) && asked !== area;
  const result = useMemo(
    () => resolveAreaRoute({ lang, area, topic }, { lang: fallbackLang, area: savedArea() }),
    [lang, area, topic, waiting],
  );
  const { t } = useT();
  const shown = result.kind === 'show' ? result : undefined;
  usePageTitle(shown?.topic && t(findTopic(shown.topic)!.label), shown && t(`area.${shown.area}.name`));
  useEffect(() => {
    if (waiting) return;
    if (result.kind === 'redirect') route(result.to, true);
    else {
      saveArea(result.area);
      keepAreaPack(result.area);
    }
  }, [result, waiting]);
  if (waiting) return <AreaLookup area={area} onDone={() => setAsked(area)} />;
  if (result.kind === 'redirect') return null;
  const Page = result.topic ? pageFor(result.topic) : null;
  return (
    <>
      {result.topic && findTopic(result.topic)?.sensitive && <QuickExit />}
      <Notice />
      {Page ? <Page lang={result.lang} area={result.area} topic={result.topic!} /> : <HomePage lang={result.lang} area={result.area} />}
    </>
  );
}
