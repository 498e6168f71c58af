import type { Sourced } from '../../content/fact';
import { useT } from '../../language/use-t';
import { sourceEntries } from '../../ui/sources/source-groups';
import { formatDay } from '../../language/dates';

/** Where the facts above come from (publisher, page, its date) and when they were checked, folded away until asked for. */
export function FactSources({ facts }: { facts: readonly Sourced[] }) {
  const { t } = useT('report');
  return (
    <details class="report-sources">
      <summary>{t('route.sources')}</summary>
      <ul>
        {sourceEntries(facts).map(({ source, checked, caveat }) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer" lang="en-GB" dir="ltr">
              {source.publisher}: {source.title}
            </a>
            {source.pageDate && <> · {t('route.pageDate', { date: formatDay(source.pageDate, t) })}</>} ·{' '}
            {t('route.checked', { date: formatDay(checked, t) })}
            {caveat && <strong class="tag"> · {t('route.checkTag')}</strong>}
          </li>
        ))}
      </ul>
    </details>
  );
}
