import type { AreaId } from '../../shared/areas';
import { useT } from '../language/use-t';
import { areaHref } from '../routing/paths';
import { TOPICS } from '../topics/topics';
import { Icon } from '../ui/Icon';

/** An area's home: every topic as an icon and a word. */
export function HomePage({ lang, area }: { lang: string; area: AreaId }) {
  const { t } = useT();
  // The area's name isolated and moved to a new line whole (as ui/bidi/ProperName, kept out of the first-load code).
  const [before, after] = t('home.title', { area: '\u0000' }).split('\u0000');
  return (
    <section class="stack">
      <h1>
        {before}
        <bdi class="nowrap">{t(`area.${area}.name`)}</bdi>
        {after}
      </h1>
      <p class="lead">{t('home.intro')}</p>
      <nav aria-label={t('home.topics')}>
        <ul class="topic-grid" role="list">
          {TOPICS.filter((topic) => !topic.hidden).map((topic) => (
            <li key={topic.id}>
              <a class="topic-link" href={areaHref(lang, area, topic.id)}>
                <Icon name={topic.icon} size={32} />
                <span>{t(topic.label)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a href={`/${lang}/?change`}>
          <Icon name="pin" size={18} /> {t('area.change')}
        </a>
      </p>
    </section>
  );
}
