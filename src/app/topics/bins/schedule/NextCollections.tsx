// The next few collections: the day, each bin or bag with its picture and words, and when to put it out.
import type { Ref } from 'preact';
import type { AreaBinRules, IsoDate } from '../../../content/bins/bin-rules';
import { useT } from '../../../language/use-t';
import { daysBetween } from './calendar-date';
import { ContainerLabel, containerName } from '../ContainerLabel';
import { formatCollectionDay, formatTime } from '../../../language/dates';
import { isFestiveWeek, nextCollections, type BinSchedule, type Collection } from './next-collections';
import { Phrase } from '../Phrase';

interface Props {
  rules: AreaBinRules;
  schedule: BinSchedule;
  today: IsoDate;
  count?: number;
  headingRef?: Ref<HTMLHeadingElement>;
  /** false for a second copy on the same page, so ids stay unique */
  anchors?: boolean;
}

export function NextCollections({ rules, schedule, today, count = 3, headingRef, anchors = true }: Props) {
  const { t, ready } = useT('bins');
  const result = nextCollections(rules, schedule, today, count);
  // Not before the day and month names have arrived: never a half-written date.
  if (!result.ok || !ready) return null;
  const thisYear = Number(today.slice(0, 4));
  const dayTitle = (c: Collection) => {
    const date = { text: formatCollectionDay(c.date, t, thisYear) };
    const ahead = daysBetween(today, c.date);
    if (ahead > 1) return date.text;
    return <Phrase t={t} k={ahead === 0 ? 'next.today' : 'next.tomorrow'} values={{ date }} />;
  };
  const putOut = { time: { text: formatTime(rules.putOut.hour, rules.putOut.minute), ltr: true } };
  return (
    <section class="stack" aria-labelledby={anchors ? 'bins-next' : undefined}>
      <h2 id={anchors ? 'bins-next' : undefined} tabIndex={-1} ref={headingRef}>
        {t('next.heading')}
      </h2>
      <ol class="bins-next">
        {result.collections.map((c) => (
          <li key={c.date} class="bins-day">
            <h3>{dayTitle(c)}</h3>
            <ul class="bins-containers">
              {c.containers.map((id) => {
                const container = rules.containers.find((x) => x.id === id)!;
                return (
                  <li key={id}>
                    <ContainerLabel t={t} area={rules.area} container={container} />{' '}
                    <a class="bins-more" href={`#bins-rule-${id}`}>
                      {t('next.whatGoesIn', { name: containerName(t, rules.area, id) })}
                    </a>
                  </li>
                );
              })}
            </ul>
            <p class="bins-time">
              <Phrase t={t} k={rules.putOut.rule === 'by' ? 'next.putOutBy' : 'next.putOutBefore'} values={putOut} />
            </p>
            {c.movedFrom.length > 0 && (
              <p class="notice">
                <Phrase
                  t={t}
                  k="next.moved"
                  values={{ date: { text: c.movedFrom.map((d) => formatCollectionDay(d, t, thisYear)).join(t('format.separator')) } }}
                />
              </p>
            )}
            {isFestiveWeek(c.date) && <p class="notice">{t('next.festive')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
