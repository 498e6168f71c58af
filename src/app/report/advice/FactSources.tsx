import type { Sourced } from '../../content/fact';
import { useT } from '../../language/use-t';
import { sourceEntries } from '../../ui/sources/source-groups';

// Free-text page dates ("2020", "September 2020") are shown as written; only YYYY-MM-DD is formatted as a day.
function formatDay(day: string, bcp47: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(bcp47, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Where the facts above come from (publisher, page, its date) and when they were checked, folded away until asked for. */
export function FactSources({ facts }: { facts: readonly Sourced[] }) {
  const { t, bcp47 } = useT('report');
  return (
    <details class="report-sources">
      <summary>{t('route.sources')}</summary>
      <ul>
        {sourceEntries(facts).map(({ source, checked, caveat }) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer" lang="en-GB" dir="ltr">
              {source.publisher}: {source.title}
            </a>
            {source.pageDate && <> · {t('route.pageDate', { date: formatDay(source.pageDate, bcp47) })}</>} · {t('route.checked', { date: formatDay(checked, bcp47) })}
            {caveat && <strong class="tag"> · {t('route.checkTag')}</strong>}
          </li>
        ))}
      </ul>
    </details>
  );
}
