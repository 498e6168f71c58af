import { useContext } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { HandOver } from '../hand-over/HandOver';
import { leafletHref, showHref, sideBySideHref } from './helper-links';
import { TopicBodiesContext } from '../topic-body/topic-body';
import { TopicReadAloud } from '../read-aloud/TopicReadAloud';
import './helpers.css';

interface Props {
  lang: string;
  area: string;
  topic: string;
  /** the tool already open, left out of the bar */
  current?: 'side-by-side' | 'leaflet';
  /** what the page adds to the hand-over address (the bins page: the saved bin day) */
  handOverQuery?: string;
}

/** Tools for a volunteer beside a topic: side by side, show to person, print, give to their phone, read aloud. */
export function HelperToolbar({ lang, area, topic, current, handOverQuery }: Props) {
  const { t } = useT('helpers');
  const { url } = useLocation();
  const bodies = useContext(TopicBodiesContext);
  const hasBody = bodies[topic] !== undefined;
  return (
    <nav class="helper-toolbar" aria-label={t('tools.label')}>
      {hasBody && current !== 'side-by-side' && (
        <a class="button button-quiet" href={sideBySideHref(lang, area, topic, 'en')}>
          <Icon name="columns" /> {t('tools.sideBySide')}
        </a>
      )}
      {hasBody && (
        <a class="button button-quiet" href={showHref(lang, area, topic, url)}>
          <Icon name="fullscreen" /> {t('tools.show')}
        </a>
      )}
      {hasBody && current !== 'leaflet' && (
        <a class="button button-quiet" href={leafletHref(lang, area, [topic], 'en')}>
          <Icon name="print" /> {t('tools.print')}
        </a>
      )}
      <HandOver lang={lang} area={area} topic={topic} query={handOverQuery} />
      {!current && <TopicReadAloud topic={topic} area={area} />}
    </nav>
  );
}
