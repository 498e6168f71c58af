// Where every bin rule came from, on demand, and when it was last checked (flagged after a year).
import type { AreaBinRules } from '../../content/bins/bin-rules';
import type { Source, Sourced } from '../../content/fact';
import { useT } from '../../language/use-t';
import { daysBetween } from './schedule/calendar-date';
import { formatDay } from '../../language/dates';
import { Phrase } from './Phrase';

export function factsOf(rules: AreaBinRules): Sourced[] {
  const all: (Sourced | null)[] = [
    ...rules.containers.flatMap((c) => [c, ...c.goesIn, ...c.neverIn, ...c.notes]),
    rules.pattern,
    rules.collectionDays,
    rules.putOut,
    ...rules.exceptions,
    ...rules.streets,
    ...rules.general,
    ...rules.christmas,
    rules.contact,
    rules.findYourDay,
  ];
  return all.filter((f): f is Sourced => f !== null);
}

export function BinSources({ rules, today }: { rules: AreaBinRules; today: string }) {
  const { t, bcp47, dir } = useT('bins');
  const facts = factsOf(rules);
  const sources = [...new Map(facts.flatMap((f) => f.sources).map((s): [string, Source] => [s.url, s])).values()];
  const oldest = facts.map((f) => f.checked).sort()[0] ?? today;
  return (
    <section class="stack bins-sources" aria-labelledby="bins-sources">
      <h2 id="bins-sources">{t('sources.heading')}</h2>
      <p>
        <Phrase t={t} k="sources.checked" values={{ date: { text: formatDay(oldest, t) } }} />
      </p>
      {daysBetween(oldest, today) > 365 && <p class="notice">{t('sources.old')}</p>}
      <details>
        <summary>{t('sources.show')}</summary>
        <ul lang="en" dir="ltr">
          {sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer">
                {s.publisher}: {s.title}
              </a>
              {/* Titles are English as published; the page date is written as every other date in the reader's language. */}
              {s.pageDate && (
                <>
                  {' '}
                  (
                  <span lang={bcp47} dir={dir}>
                    {formatDay(s.pageDate, t)}
                  </span>
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
