import { useContext } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../../language/use-t';
import { TOPICS, type TopicPageProps } from '../../topics/topics';
import { Icon } from '../../ui/Icon';
import { leafletHref, readTopicList, readWith } from '../toolbar/helper-links';
import { Leaflet } from './Leaflet';
import { LeafletTopicPicker } from './LeafletTopicPicker';
import { TopicBodiesContext } from '../topic-body/topic-body';
import { topicsWithBodies } from '../topic-body/use-topic-body';
import '../toolbar/helpers.css';
import '../side-by-side/side-by-side.css';
import './leaflet.css';

/** /<lang>/<area>/leaflet?topics=checklist,gp&with=en: choose, preview and print an A4 leaflet or welcome pack. */
export function LeafletPage({ lang, area }: TopicPageProps) {
  const { query, route } = useLocation();
  const { t } = useT('helpers');
  const bodies = useContext(TopicBodiesContext);
  const choices = [
    'checklist',
    ...topicsWithBodies(
      bodies,
      TOPICS.map((x) => x.id),
    ),
  ];
  // A fresh leaflet starts with the checklist; an emptied choice stays empty.
  const chosen = query.topics === undefined ? ['checklist'] : readTopicList(query.topics, choices);
  const withLang = readWith(query.with);
  const change = (next: { topics?: string[]; with?: string }) =>
    route(leafletHref(lang, area, next.topics ?? chosen, next.with ?? withLang), true);
  return (
    <section class="stack leaflet-page">
      <div class="leaflet-controls stack">
        <h1>{t('leaflet.title')}</h1>
        <p class="lead">{t('leaflet.intro')}</p>
        <LeafletTopicPicker choices={choices} chosen={chosen} withLang={withLang} onChange={change} />
        <p>
          <button type="button" class="button" onClick={() => window.print()} disabled={chosen.length === 0}>
            <Icon name="print" /> {t('leaflet.print')}
          </button>
        </p>
        <p role="status">{chosen.length === 0 ? t('leaflet.nothing') : t('leaflet.printHint')}</p>
      </div>
      {chosen.length > 0 && <Leaflet lang={lang} area={area} topics={chosen} withLang={withLang} />}
    </section>
  );
}
