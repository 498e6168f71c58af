import { describe, expect, it } from 'vitest';
import type { CollectionException } from '../../../content/bins/bin-rules';
import { seedArea } from '../../../content/seed-packs';
import { buildBinCalendar, type CalendarOptions } from './bin-calendar';
import { addDays } from './calendar-date';
import { collectionsBetween, type BinSchedule, type ScheduleRules } from './next-collections';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  props: Prop[];
  children: Component[];
}

/** Reads the file back the way a calendar app would: unfold, split name;params:value, nest BEGIN/END. */
function parseIcs(text: string): Component {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines.pop()).toBe('');
  const root: Component = { name: 'ROOT', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const m = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name, rawParams, value] = m!;
    if (name === 'BEGIN') {
      const child = { name: value!, props: [], children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(stack.pop()!.name).toBe(value);
    } else {
      const params = Object.fromEntries(
        [...rawParams!.matchAll(/;([A-Z0-9-]+)=("[^"]*"|[^;]*)/g)].map((p) => [p[1]!, p[2]!.replace(/"/g, '')]),
      );
      stack.at(-1)!.props.push({ name: name!, params, value: value! });
    }
  }
  expect(stack).toHaveLength(1);
  return root.children[0]!;
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const props = (c: Component, name: string) => c.props.filter((p) => p.name === name);
const events = (cal: Component) => cal.children.filter((c) => c.name === 'VEVENT');
const toIso = (basic: string) => `${basic.slice(0, 4)}-${basic.slice(4, 6)}-${basic.slice(6, 8)}`;

/** Every reminder evening the file produces: RRULE expanded, EXDATEs removed, one-off events added. */
function reminderEvenings(cal: Component): string[] {
  return events(cal)
    .flatMap((e) => {
      const start = toIso(prop(e, 'DTSTART')!.value);
      const rule = prop(e, 'RRULE')?.value;
      if (!rule) return [start];
      const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=') as [string, string]));
      expect(parts.FREQ).toBe('WEEKLY');
      const step = 7 * Number(parts.INTERVAL ?? 1);
      const all = Array.from({ length: Number(parts.COUNT) }, (_, i) => addDays(start, i * step));
      const excluded = new Set(props(e, 'EXDATE').map((p) => toIso(p.value)));
      return all.filter((d) => !excluded.has(d));
    })
    .sort();
}

const seftonTuesday: BinSchedule = { area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' };
const options: CalendarOptions = {
  from: '2026-11-23',
  weeks: 52,
  now: new Date(Date.UTC(2026, 10, 23, 9, 15)),
  language: 'ps',
  reminder: { hour: 18, minute: 0 },
  words: {
    calendarName: 'د کثافاتو ورځې',
    title: (ids) => `سبا: ${ids.join('، ')}`,
    description: (ids) => `${ids.join(', ')}; by 6:30`,
  },
};
const source = { sources: [{ publisher: 'Test', title: 'test', url: 'https://example.org/' }], checked: '2026-11-23' };
const withChanges = (rules: ScheduleRules, exceptions: CollectionException[]): ScheduleRules => ({ ...rules, exceptions });

describe('the bin calendar file', () => {
  it('repeats brown and grey every two weeks at 18:00 London time the evening before', () => {
    const cal = parseIcs(buildBinCalendar(SEFTON_BINS, seftonTuesday, options));
    const [brown, grey] = events(cal);
    expect(prop(brown!, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/London' }, value: '20261123T180000' });
    expect(prop(brown!, 'RRULE')!.value).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=26');
    expect(prop(brown!, 'SUMMARY')!.value).toBe('سبا: brown');
    expect(prop(grey!, 'DTSTART')!.value).toBe('20261130T180000');
    expect(prop(grey!, 'SUMMARY')!.value).toBe('سبا: grey');
  });

  it('produces exactly one reminder the evening before each collection of the year', () => {
    const cal = parseIcs(buildBinCalendar(STOCKTON_BINS, { area: 'stockton', weekday: 2, anchor: '2026-11-24', slot: 'b' }, options));
    const expected = collectionsBetween(
      STOCKTON_BINS,
      { area: 'stockton', weekday: 2, anchor: '2026-11-24', slot: 'b' },
      options.from,
      addDays(options.from, 52 * 7 - 1),
    );
    expect(reminderEvenings(cal)).toEqual(expected.map((c) => addDays(c.date, -1)));
    expect(expected).toHaveLength(52);
  });

  it('applies moved and cancelled collections with EXDATE and one-off events', () => {
    const rules = withChanges(SEFTON_BINS, [
      { date: '2026-12-29', moveTo: '2026-12-31', ...source },
      { date: '2027-01-05', moveTo: null, ...source },
    ]);
    const cal = parseIcs(buildBinCalendar(rules, seftonTuesday, options));
    const grey = events(cal).find((e) => prop(e, 'SUMMARY')!.value.endsWith('grey') && prop(e, 'RRULE'))!;
    const brown = events(cal).find((e) => prop(e, 'SUMMARY')!.value.endsWith('brown') && prop(e, 'RRULE'))!;
    expect(props(grey, 'EXDATE').map((p) => p.value)).toEqual(['20261228T180000']);
    expect(props(brown, 'EXDATE')).toEqual([expect.objectContaining({ value: '20270104T180000', params: { TZID: 'Europe/London' } })]);
    const oneOff = events(cal).filter((e) => !prop(e, 'RRULE'));
    expect(oneOff.map((e) => [prop(e, 'DTSTART')!.value, prop(e, 'SUMMARY')!.value])).toEqual([['20261230T180000', 'سبا: grey']]);
    const expected = collectionsBetween(rules, seftonTuesday, options.from, addDays(options.from, 52 * 7 - 1));
    expect(reminderEvenings(cal)).toEqual(expected.map((c) => addDays(c.date, -1)));
  });

  it('gives every event a display alarm at its start, a stamp, and a time zone the file defines', () => {
    const cal = parseIcs(buildBinCalendar(SEFTON_BINS, seftonTuesday, options));
    expect(prop(cal, 'VERSION')!.value).toBe('2.0');
    expect(prop(cal, 'PRODID')).toBeDefined();
    expect(cal.children.filter((c) => c.name === 'VTIMEZONE').map((c) => prop(c, 'TZID')!.value)).toEqual(['Europe/London']);
    for (const e of events(cal)) {
      expect(prop(e, 'DTSTAMP')!.value).toBe('20261123T091500Z');
      const alarm = e.children.find((c) => c.name === 'VALARM')!;
      expect([prop(alarm, 'ACTION')!.value, prop(alarm, 'TRIGGER')!.value]).toEqual(['DISPLAY', 'PT0S']);
      expect(prop(alarm, 'DESCRIPTION')!.value).toBe(prop(e, 'SUMMARY')!.value);
    }
  });

  it('writes titles in the person’s language, marked with it, and escapes their punctuation', () => {
    const text = buildBinCalendar(SEFTON_BINS, seftonTuesday, options);
    const cal = parseIcs(text);
    const first = events(cal)[0]!;
    expect(prop(first, 'SUMMARY')!.params).toEqual({ LANGUAGE: 'ps' });
    expect(prop(first, 'DESCRIPTION')!.value).toBe('brown\\; by 6:30');
    expect(prop(cal, 'X-WR-CALNAME')!.value).toBe('د کثافاتو ورځې');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('keeps the same UIDs when made again later, so a calendar can replace rather than duplicate', () => {
    const uids = (now: Date, from: string) =>
      events(parseIcs(buildBinCalendar(SEFTON_BINS, seftonTuesday, { ...options, now, from }))).map((e) => prop(e, 'UID')!.value);
    const first = uids(options.now, '2026-11-23');
    expect(uids(new Date(Date.UTC(2027, 0, 10)), '2027-01-10')).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('uses a plain weekly rule where every week is the same', () => {
    const weeklyOnly: ScheduleRules = { ...STOCKTON_BINS, pattern: { ...STOCKTON_BINS.pattern, rotation: [] } };
    const cal = parseIcs(
      buildBinCalendar(weeklyOnly, { area: 'stockton', weekday: 4, anchor: '2026-11-26', slot: null }, { ...options, weeks: 10 }),
    );
    expect(events(cal).map((e) => prop(e, 'RRULE')!.value)).toEqual(['FREQ=WEEKLY;COUNT=10']);
  });
});
