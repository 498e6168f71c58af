// "Add to my phone calendar": builds the .ics on the phone (works offline) and hands it over as a download.
import { useState } from 'preact/hooks';
import type { AreaBinRules, IsoDate } from '../../../content/bins/bin-rules';
import { useT } from '../../../language/use-t';
import { buildBinCalendar, type CalendarWords } from '../schedule/bin-calendar';
import { containerName, containerText } from '../ContainerLabel';
import { formatTime } from '../../../language/dates';
import { listOf } from '../bin-words';
import type { BinSchedule } from '../schedule/next-collections';
import { Phrase } from '../Phrase';
import { LineIcon } from '../../../ui/Icon';

/** 6pm the evening before: after work and school, and still light enough in summer to put a bin out. */
export const REMINDER = { hour: 18, minute: 0 } as const;
const WEEKS = 52;
const CALENDAR = 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M12 13v4M10 15h4';

export function CalendarDownload({ rules, schedule, today }: { rules: AreaBinRules; schedule: BinSchedule; today: IsoDate }) {
  const { t, bcp47 } = useT('bins');
  const [done, setDone] = useState(false);

  const download = () => {
    const time = formatTime(rules.putOut.hour, rules.putOut.minute);
    const putOutKey = rules.putOut.rule === 'by' ? 'next.putOutBy' : 'next.putOutBefore';
    const words: CalendarWords = {
      calendarName: t('calendar.name'),
      title: (ids) =>
        t('calendar.title', {
          bins: listOf(
            ids.map((id) => containerName(t, rules.area, id)),
            t,
          ),
        }),
      description: (ids) =>
        `${t('calendar.description', {
          bins: listOf(
            ids.map((id) => containerText(t, rules.area, id)),
            t,
          ),
        })} ${t(putOutKey, { time })}`,
    };
    const text = buildBinCalendar(rules, schedule, {
      from: today,
      weeks: WEEKS,
      now: new Date(),
      language: bcp47,
      reminder: REMINDER,
      words,
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `bin-days-${rules.area}.ics`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setDone(true);
  };

  return (
    <section class="stack" aria-labelledby="bins-calendar">
      <h2 id="bins-calendar">{t('calendar.heading')}</h2>
      <p>
        <Phrase t={t} k="calendar.text" values={{ time: { text: formatTime(REMINDER.hour, REMINDER.minute), ltr: true } }} />
      </p>
      <button type="button" class="button" onClick={download}>
        <LineIcon d={CALENDAR} /> {t('calendar.download')}
      </button>
      <p role="status">{done ? t('calendar.done') : ''}</p>
      <p class="bins-small">{t('calendar.yearly')}</p>
    </section>
  );
}
