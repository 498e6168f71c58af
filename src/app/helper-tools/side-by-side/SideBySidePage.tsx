import { useContext, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../../language/use-t';
import { findTopic, TOPICS, type TopicPageProps } from '../../topics/topics';
import { BodyColumn } from '../topic-body/BodyColumn';
import { HelperToolbar } from '../toolbar/HelperToolbar';
import { readWith, sideBySideHref } from '../toolbar/helper-links';
import { MissingBody } from '../topic-body/MissingBody';
import { SideBySideControls } from './SideBySideControls';
import { TopicBodiesContext } from '../topic-body/topic-body';
import { topicsWithBodies, useTopicBody } from '../topic-body/use-topic-body';
import './side-by-side.css';

/** /<lang>/<area>/side-by-side?topic=gp&with=en: the person's language and a second one, side by side. */
export function SideBySidePage({ lang, area }: TopicPageProps) {
  const { query, route } = useLocation();
  const { t } = useT('helpers');
  const common = useT();
  const bodies = useContext(TopicBodiesContext);
  const choices = topicsWithBodies(
    bodies,
    TOPICS.map((x) => x.id),
  );
  const topic = query.topic && bodies[query.topic] ? query.topic : choices[0];
  const withLang = readWith(query.with);
  const state = useTopicBody(topic);
  const body = state.status === 'ready' ? state.body : undefined;
  const english = useRef<HTMLElement | null>(null);
  const title = t('sideBySide.title', { topic: common.t(findTopic(topic)?.label ?? 'nav.home') });
  const change = (next: { topic?: string; with?: string }) =>
    route(sideBySideHref(lang, area, next.topic ?? topic ?? '', next.with ?? withLang), true);
  return (
    <section class="stack side-by-side">
      <h1>{title}</h1>
      <p class="lead">{t('sideBySide.intro')}</p>
      <SideBySideControls topics={choices} topic={topic} withLang={withLang} onChange={change} />
      {topic && <HelperToolbar lang={lang} area={area} topic={topic} current="side-by-side" />}
      {state.status === 'loading' || state.status === 'missing' ? (
        <MissingBody loading={state.status === 'loading'} back={`/${lang}/${area}/`} />
      ) : (
        <div class="bilingual">
          {/* "drawn": the server drew the body; its code comes just after the page is live */}
          <BodyColumn
            body={body}
            lang={lang}
            area={area}
            topic={topic!}
            speak
            {...(withLang === 'en' && lang !== 'en' ? { englishRoot: () => english.current } : {})}
          />
          {withLang !== lang && (
            <BodyColumn
              body={body}
              lang={withLang}
              area={area}
              topic={topic!}
              anchors={false}
              speak
              columnRef={(el) => (english.current = withLang === 'en' ? el : null)}
            />
          )}
        </div>
      )}
    </section>
  );
}
