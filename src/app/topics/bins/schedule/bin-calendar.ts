// The bin schedule as an iCalendar file: one repeating reminder per rotation week, the council's changes applied
// (EXDATE on the regular evening, a one-off event for the real day). Reminders are timed events the evening before,
// because phone calendars that drop an imported VALARM still give timed events their default alert; all-day events often get none.
import type { IsoDate } from '../../../content/bins/bin-rules';
import { addDays } from './calendar-date';
import {
  escapeText as escape,
  formatLocalDateTime,
  formatUtcStamp,
  writeIcs,
  type IcsComponent,
  type IcsProperty,
} from '../calendar-file/ics-writer';
import { collectionsBetween, regularCollections, slotOn, type BinSchedule, type Collection, type ScheduleRules } from './next-collections';

export const TIME_ZONE = 'Europe/London';

export interface CalendarWords {
  calendarName: string;
  title: (containers: readonly string[]) => string;
  description: (containers: readonly string[]) => string;
}

export interface CalendarOptions {
  /** the first day covered (today) and how many weeks after it */
  from: IsoDate;
  weeks: number;
  /** when the file is made, for DTSTAMP */
  now: Date;
  /** BCP 47 tag of the words, for LANGUAGE= */
  language: string;
  reminder: { hour: number; minute: number };
  words: CalendarWords;
}

// Europe/London since 1996: BST from the last Sunday of March, GMT from the last Sunday of October.
const LONDON: IcsComponent = {
  name: 'VTIMEZONE',
  properties: [{ name: 'TZID', value: TIME_ZONE }],
  components: [
    {
      name: 'DAYLIGHT',
      properties: [
        { name: 'TZOFFSETFROM', value: '+0000' },
        { name: 'TZOFFSETTO', value: '+0100' },
        { name: 'TZNAME', value: 'BST' },
        { name: 'DTSTART', value: '19700329T010000' },
        { name: 'RRULE', value: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU' },
      ],
    },
    {
      name: 'STANDARD',
      properties: [
        { name: 'TZOFFSETFROM', value: '+0100' },
        { name: 'TZOFFSETTO', value: '+0000' },
        { name: 'TZNAME', value: 'GMT' },
        { name: 'DTSTART', value: '19701025T020000' },
        { name: 'RRULE', value: 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU' },
      ],
    },
  ],
};

const sameDay = (a: Collection | undefined, b: Collection | undefined) => a?.containers.join() === b?.containers.join();

export function buildBinCalendar(rules: ScheduleRules, schedule: BinSchedule, options: CalendarOptions): string {
  const { from, weeks, words, reminder } = options;
  const until = addDays(from, weeks * 7 - 1);
  const regular = regularCollections(rules, schedule, from, until);
  const actual = collectionsBetween(rules, schedule, from, until);
  const regularOn = new Map(regular.map((c) => [c.date, c]));
  const actualOn = new Map(actual.map((c) => [c.date, c]));
  const changed = new Set([...regularOn.keys(), ...actualOn.keys()].filter((d) => !sameDay(regularOn.get(d), actualOn.get(d))));

  // The evening before the collection; the reminder time stays before 23:30, so +30 minutes never changes the day.
  const at = (date: IsoDate, minutes = 0) => {
    const total = reminder.hour * 60 + reminder.minute + minutes;
    return { name: '', value: formatLocalDateTime(addDays(date, -1), Math.floor(total / 60), total % 60), params: { TZID: TIME_ZONE } };
  };
  const event = (uid: string, first: Collection, extra: IcsProperty[]): IcsComponent => {
    const title = words.title(first.containers);
    return {
      name: 'VEVENT',
      properties: [
        { name: 'UID', value: uid },
        { name: 'DTSTAMP', value: formatUtcStamp(options.now) },
        { ...at(first.date), name: 'DTSTART' },
        { ...at(first.date, 30), name: 'DTEND' },
        ...extra,
        { name: 'SUMMARY', value: escape(title), params: { LANGUAGE: options.language } },
        { name: 'DESCRIPTION', value: escape(words.description(first.containers)), params: { LANGUAGE: options.language } },
        { name: 'TRANSP', value: 'TRANSPARENT' },
      ],
      components: [
        {
          name: 'VALARM',
          properties: [
            { name: 'ACTION', value: 'DISPLAY' },
            { name: 'DESCRIPTION', value: escape(title) },
            { name: 'TRIGGER', value: 'PT0S' },
          ],
        },
      ],
    };
  };

  const cycle = Math.max(1, rules.pattern.rotation.length);
  const series = rules.pattern.rotation.length
    ? rules.pattern.rotation.map((slot) => ({ id: slot.id, days: regular.filter((c) => slotOn(rules, schedule, c.date)?.id === slot.id) }))
    : [{ id: 'weekly', days: regular }];
  const repeating = series
    .filter((s) => s.days.length > 0)
    .map((s) => {
      const rrule = `FREQ=WEEKLY${cycle > 1 ? `;INTERVAL=${cycle}` : ''};COUNT=${s.days.length}`;
      const exdates = s.days.filter((c) => changed.has(c.date)).map((c) => ({ ...at(c.date), name: 'EXDATE' }));
      return event(`waymark-bins-${rules.area}-${s.id}@waymark`, s.days[0]!, [{ name: 'RRULE', value: rrule }, ...exdates]);
    });
  const oneOffs = actual
    .filter((c) => changed.has(c.date))
    .map((c) => event(`waymark-bins-${rules.area}-${c.date.replace(/-/g, '')}@waymark`, c, []));

  return writeIcs({
    name: 'VCALENDAR',
    properties: [
      { name: 'VERSION', value: '2.0' },
      { name: 'PRODID', value: '-//Waymark//Bin days//EN' },
      { name: 'CALSCALE', value: 'GREGORIAN' },
      { name: 'METHOD', value: 'PUBLISH' },
      { name: 'X-WR-CALNAME', value: escape(words.calendarName) },
      { name: 'X-WR-TIMEZONE', value: TIME_ZONE },
    ],
    components: [LONDON, ...repeating, ...oneOffs],
  });
}
