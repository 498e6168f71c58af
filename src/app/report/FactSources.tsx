import type { Sourced } from '../content/fact';
import { useT } from '../language/use-t';

function formatDay(day: string, bcp47: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(bcp47, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Where the facts above come from and when they were checked, folded away until asked for. */
export function FactSources({ facts }: { facts: readonly Sourced[] }) {
  const { t, bcp47 } = useT('report');
  const seen = new Map<string, { title: string; checked: string }>();
  for (const fact of facts) for (const s of fact.sources) if (!seen.has(s.url)) seen.set(s.url, { title: s.title, checked: fact.checked });
  return (
    <details class="report-sources">
      <summary>{t('route.sources')}</summary>
      <ul>
        {[...seen].map(([url, s]) => (
          <li key={url}>
            <a href={url} rel="noreferrer" lang="en-GB" dir="ltr">
              {s.title}
            </a>{' '}
            · {t('route.checked', { date: formatDay(s.checked, bcp47) })}
          </li>
        ))}
      </ul>
    </details>
  );
}
