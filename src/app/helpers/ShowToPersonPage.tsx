import { useLocation } from 'preact-iso';
import { useT } from '../language/use-t';
import { areaHref } from '../routing/paths';
import { findTopic, type TopicPageProps } from '../topics/topics';
import { readFrom } from './helper-links';
import { MissingBody } from './MissingBody';
import { PointsShow } from './PointsShow';
import { SectionsShow } from './SectionsShow';
import { useTopicBody } from './use-topic-body';

/** /<lang>/<area>/show?topic=gp&from=…: a topic, one point per screen, to hold up across a table. */
export function ShowToPersonPage({ lang, area }: TopicPageProps) {
  const { query, route } = useLocation();
  const { t } = useT('helpers');
  const common = useT();
  const topic = query.topic;
  const state = useTopicBody(topic);
  const topicName = common.t(findTopic(topic)?.label ?? 'nav.home');
  const title = t('show.title', { topic: topicName });
  const back = readFrom(query.from) ?? areaHref(lang, area, findTopic(topic) ? topic : undefined);
  const close = () => route(back, true);
  if (state.status !== 'ready') return <MissingBody title={title} loading={state.status === 'loading'} back={back} />;
  const { body } = state;
  const points = body.points?.(area);
  if (points && points.length > 0 && body.ns) {
    return <PointsShow title={title} ns={body.ns} points={points} onClose={close} />;
  }
  return <SectionsShow title={title} Body={body.Body} lang={lang} area={area} topic={topic!} onClose={close} />;
}
