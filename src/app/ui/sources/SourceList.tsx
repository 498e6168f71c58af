import type { Sourced } from '../../content/fact';
import { isPossiblyOutOfDate } from '../../content/freshness';
import { useT } from '../../language/use-t';
import { formatDay } from '../../language/dates';
import { Icon } from '../Icon';
import { sourceEntries } from './source-groups';

export interface SourceGroup {
  id: string;
  heading: string;
  facts: readonly Sourced[];
}

/** Where every part of a page comes from, folded away until asked for. Source titles are English, as published. */
export function SourceList({ groups, today = new Date() }: { groups: readonly SourceGroup[]; today?: Date }) {
  const { t } = useT('content');
  return (
    <details class="sources">
      <summary>
        <Icon name="info" /> <h2>{t('sources')}</h2>
      </summary>
      <p>{t('sourcesIntro')}</p>
      {groups.map((group) => (
        <section key={group.id}>
          <h3>{group.heading}</h3>
          <ul>
            {sourceEntries(group.facts).map(({ source, checked, caveat }) => (
              <li key={source.url}>
                <a href={source.url} rel="noreferrer" lang="en-GB" dir="ltr">
                  {source.publisher}: {source.title}
                </a>
                {source.pageDate && <span> · {t('pageDate', { date: formatDay(source.pageDate, t) })}</span>}
                <span> · {t('checkedOn', { date: formatDay(checked, t) })}</span>
                {isPossiblyOutOfDate(checked, today) && <strong class="tag"> · {t('staleTag')}</strong>}
                {caveat && <strong class="tag"> · {t('checkTag')}</strong>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
