import { useLocation } from 'preact-iso';
import { useT } from '../../language/use-t';
import { areaHref } from '../../routing/paths';
import { findTopic, type TopicPageProps } from '../../topics/topics';
import { readFrom } from '../toolbar/helper-links';
import { MissingBody } from '../topic-body/MissingBody';
import { SectionsShow } from './SectionsShow';
import { useTopicBody } from '../topic-body/use-topic-body';

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
  if (state.status === 'loading' || state.status === 'missing')
    return <MissingBody title={title} loading={state.status === 'loading'} back={back} />;
  const body = state.status === 'ready' ? state.body : undefined;
  return <SectionsShow title={title} body={body} lang={lang} area={area} topic={topic!} onClose={close} />;
}
