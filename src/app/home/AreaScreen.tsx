import { useEffect, useMemo } from 'preact/hooks';
import { lazy, useLocation } from 'preact-iso';
import type { ComponentType } from 'preact';
import { savedArea, saveArea } from '../storage/prefs';
import { i18n } from '../language/i18n';
import { isLanguageCode } from '../../shared/languages';
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

/** Fetches a topic's code (and the quick exit it needs) so a server-rendered page hydrates without suspending. */
export function preloadTopicPage(id: string): Promise<unknown> {
  const topic = findTopic(id);
  if (!topic) return Promise.resolve();
  const page = pageFor(id) as ComponentType<TopicPageProps> & { preload: () => Promise<unknown> };
  return Promise.all([page.preload(), topic.sensitive ? (QuickExit as unknown as { preload: () => Promise<unknown> }).preload() : 0]);
}

/** "/<lang>/<area>/<topic?>": checks the URL, then shows the home or a topic. */
export function AreaScreen({ lang, area, topic }: { lang?: string; area?: string; topic?: string }) {
  const { route } = useLocation();
  const fallbackLang = isLanguageCode(i18n.language) ? i18n.language : 'en';
  const result = useMemo(() => resolveAreaRoute({ lang, area, topic }, { lang: fallbackLang, area: savedArea() }), [lang, area, topic]);
  const { t } = useT();
  const shown = result.kind === 'show' ? result : undefined;
  usePageTitle(shown?.topic && t(findTopic(shown.topic)!.label), shown && t(`area.${shown.area}.name`));
  useEffect(() => {
    if (result.kind === 'redirect') route(result.to, true);
    else saveArea(result.area);
  }, [result]);
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
