import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CollectionException } from '../../../content/bins/bin-rules';
import { seedArea } from '../../../content/seed-packs';
import { addDays, daysBetween, toIsoDate, weekdayOf } from './calendar-date';
import { anchorFor, findScheduleProblem, isFestiveWeek, nextCollections, type BinSchedule, type ScheduleRules } from './next-collections';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

// Tuesday 24 November 2026: brown goes out.
const seftonTuesday: BinSchedule = { area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' };
const source = { sources: [{ publisher: 'Test', title: 'test', url: 'https://example.org/' }], checked: '2026-11-23' };

function next(rules: ScheduleRules, schedule: BinSchedule, from: string, count: number) {
  const result = nextCollections(rules, schedule, from, count);
  if (!result.ok) throw new Error(result.problem);
  return result.collections;
}
const brief = (rules: ScheduleRules, schedule: BinSchedule, from: string, count: number) =>
  next(rules, schedule, from, count).map((c) => `${c.date} ${c.containers.join('+')}`);
const withChanges = (rules: ScheduleRules, exceptions: CollectionException[]): ScheduleRules => ({ ...rules, exceptions });

describe('alternating weeks', () => {
  it('puts out the bin named for the anchor day, then the other one, in turn', () => {
    expect(brief(SEFTON_BINS, seftonTuesday, '2026-11-23', 4)).toEqual([
      '2026-11-24 brown',
      '2026-12-01 grey',
      '2026-12-08 brown',
      '2026-12-15 grey',
    ]);
  });

  it('keeps the parity of an anchor set long ago, and of one set in the future', () => {
    const longAgo: BinSchedule = { ...seftonTuesday, anchor: '2025-01-07', slot: 'b' }; // 98 weeks before 24 Nov 2026
    expect(brief(SEFTON_BINS, longAgo, '2026-11-24', 1)).toEqual(['2026-11-24 grey']);
    const ahead: BinSchedule = { ...seftonTuesday, anchor: '2027-06-01', slot: 'a' }; // 27 weeks after 24 Nov 2026
    expect(brief(SEFTON_BINS, ahead, '2026-11-24', 1)).toEqual(['2026-11-24 grey']);
  });

  it('includes today when today is collection day, and skips it once it is past', () => {
    expect(next(SEFTON_BINS, seftonTuesday, '2026-11-24', 1)[0]?.date).toBe('2026-11-24');
    expect(next(SEFTON_BINS, seftonTuesday, '2026-11-25', 1)[0]?.date).toBe('2026-12-01');
  });

  it('alternates at the end of a 53-week year, where week numbers would not', () => {
    // 2026 has an ISO week 53: 29 Dec 2026 is week 53 and 5 Jan 2027 is week 1, both odd.
    expect(brief(SEFTON_BINS, seftonTuesday, '2026-12-28', 3)).toEqual(['2026-12-29 grey', '2027-01-05 brown', '2027-01-12 grey']);
  });

  it('lands on the same weekday, seven days apart, across the clock changes', () => {
    const sunday: BinSchedule = { area: 'sefton', weekday: 7, anchor: '2026-10-18', slot: 'a' };
    const autumn = next(SEFTON_BINS, sunday, '2026-10-18', 3).map((c) => c.date);
    expect(autumn).toEqual(['2026-10-18', '2026-10-25', '2026-11-01']); // GMT returns on 25 Oct 2026
    const spring = next(SEFTON_BINS, sunday, '2027-03-21', 2);
    expect(spring.map((c) => c.date)).toEqual(['2027-03-21', '2027-03-28']); // BST starts on 28 Mar 2027
    expect(spring.map((c) => c.containers[0])).toEqual(['brown', 'grey']); // 21 Mar 2027 is 22 weeks after the anchor
  });

  it('counts the 29th of February in a leap year', () => {
    const tuesday: BinSchedule = { area: 'sefton', weekday: 2, anchor: '2028-02-22', slot: 'a' };
    expect(brief(SEFTON_BINS, tuesday, '2028-02-23', 2)).toEqual(['2028-02-29 grey', '2028-03-07 brown']);
    const thursday: BinSchedule = { area: 'sefton', weekday: 4, anchor: '2028-02-24', slot: 'b' };
    expect(brief(SEFTON_BINS, thursday, '2028-02-25', 1)).toEqual(['2028-03-02 brown']);
  });

  it('always alternates, one week apart, whatever the anchor and the day asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_000, max: 23_000 }),
        fc.integer({ min: -800, max: 800 }),
        fc.constantFrom('a', 'b'),
        (anchorDay, offset, slot) => {
          const anchor = toIsoDate(anchorDay);
          const schedule: BinSchedule = { area: 'sefton', weekday: weekdayOf(anchor), anchor, slot };
          const found = next(SEFTON_BINS, schedule, addDays(anchor, offset), 4);
          for (const [i, c] of found.entries()) {
            const weeks = daysBetween(anchor, c.date) / 7;
            expect(Number.isInteger(weeks)).toBe(true);
            expect(c.containers).toEqual([(weeks % 2 === 0) === (slot === 'a') ? 'brown' : 'grey']);
            if (i > 0) expect(daysBetween(found[i - 1]!.date, c.date)).toBe(7);
          }
        },
      ),
    );
  });
});

describe('several containers', () => {
  const stocktonWednesday: BinSchedule = { area: 'stockton', weekday: 3, anchor: '2026-11-25', slot: 'a' };

  it('collects recycling and food every week and the green bin every other week, the bin first', () => {
    expect(brief(STOCKTON_BINS, stocktonWednesday, '2026-11-23', 3)).toEqual([
      '2026-11-25 green+caddy+bag+white+blue',
      '2026-12-02 caddy+bag+white+blue',
      '2026-12-09 green+caddy+bag+white+blue',
    ]);
  });

  it('never schedules the seasonal or paid garden bins', () => {
    expect(next(STOCKTON_BINS, stocktonWednesday, '2026-04-01', 20).flatMap((c) => c.containers)).not.toContain('brown');
    expect(next(SEFTON_BINS, seftonTuesday, '2026-04-01', 20).flatMap((c) => c.containers)).not.toContain('green');
  });
});

describe('the council’s dated changes', () => {
  it('moves a collection to another day and says where it came from', () => {
    const friday: BinSchedule = { area: 'sefton', weekday: 5, anchor: '2026-12-18', slot: 'a' };
    const rules = withChanges(SEFTON_BINS, [{ date: '2026-12-25', moveTo: '2026-12-28', ...source }]);
    const found = next(rules, friday, '2026-12-19', 2);
    expect(found).toEqual([
      { date: '2026-12-28', containers: ['grey'], movedFrom: ['2026-12-25'] },
      { date: '2027-01-01', containers: ['brown'], movedFrom: [] },
    ]);
  });

  it('puts two bins on one day when a bin is moved onto another collection', () => {
    const rules = withChanges(SEFTON_BINS, [{ date: '2026-12-29', moveTo: '2027-01-05', containers: ['grey'], ...source }]);
    const found = next(rules, seftonTuesday, '2026-12-23', 2);
    expect(found).toEqual([
      { date: '2027-01-05', containers: ['brown', 'grey'], movedFrom: ['2026-12-29'] },
      { date: '2027-01-12', containers: ['grey'], movedFrom: [] },
    ]);
  });

  it('drops a cancelled container and keeps the others of that day', () => {
    const stockton: BinSchedule = { area: 'stockton', weekday: 5, anchor: '2026-12-25', slot: 'a' };
    const rules = withChanges(STOCKTON_BINS, [{ date: '2026-12-25', moveTo: null, containers: ['green'], ...source }]);
    expect(brief(rules, stockton, '2026-12-21', 1)).toEqual(['2026-12-25 caddy+bag+white+blue']);
  });

  it('skips a day with nothing left to collect', () => {
    const rules = withChanges(SEFTON_BINS, [{ date: '2026-12-22', moveTo: null, ...source }]);
    expect(brief(rules, seftonTuesday, '2026-12-21', 1)).toEqual(['2026-12-29 grey']);
  });

  it('shows a collection moved forward from before today, and none moved away', () => {
    const rules = withChanges(SEFTON_BINS, [{ date: '2026-12-22', moveTo: '2026-12-27', ...source }]);
    expect(brief(rules, seftonTuesday, '2026-12-23', 1)).toEqual(['2026-12-27 brown']);
    const early = withChanges(SEFTON_BINS, [{ date: '2026-12-22', moveTo: '2026-12-19', ...source }]);
    expect(brief(early, seftonTuesday, '2026-12-20', 1)).toEqual(['2026-12-29 grey']);
  });

  it('ignores changes to days this household is not collected', () => {
    const rules = withChanges(SEFTON_BINS, [{ date: '2026-12-24', moveTo: '2026-12-29', ...source }]);
    expect(next(rules, seftonTuesday, '2026-12-21', 2)).toEqual(next(SEFTON_BINS, seftonTuesday, '2026-12-21', 2));
  });
});

describe('schedules that cannot be used', () => {
  it('refuses a Monday in Stockton, which collects Tuesday to Friday, rather than guessing another day', () => {
    const monday: BinSchedule = { area: 'stockton', weekday: 1, anchor: '2026-11-23', slot: 'a' };
    expect(nextCollections(STOCKTON_BINS, monday, '2026-11-23', 3)).toEqual({ ok: false, problem: 'day-not-collected' });
  });

  it('accepts any weekday where no source lists the council’s days', () => {
    const saturday: BinSchedule = { area: 'sefton', weekday: 6, anchor: '2026-11-28', slot: 'b' };
    expect(findScheduleProblem(SEFTON_BINS, saturday)).toBeNull();
  });

  it('names what is wrong with another area’s, a missing or a malformed schedule', () => {
    expect(findScheduleProblem(STOCKTON_BINS, seftonTuesday)).toBe('other-area');
    expect(findScheduleProblem(SEFTON_BINS, { ...seftonTuesday, slot: null })).toBe('missing-slot');
    expect(findScheduleProblem(SEFTON_BINS, { ...seftonTuesday, slot: 'c' })).toBe('unknown-slot');
    expect(findScheduleProblem(SEFTON_BINS, { ...seftonTuesday, anchor: '2026-11-25' })).toBe('bad-anchor');
    expect(findScheduleProblem(SEFTON_BINS, { ...seftonTuesday, anchor: '2026-02-30' })).toBe('bad-anchor');
    expect(findScheduleProblem(SEFTON_BINS, { ...seftonTuesday, weekday: 9 as never })).toBe('day-not-collected');
    expect(findScheduleProblem(SEFTON_BINS, seftonTuesday)).toBeNull();
  });
});

describe('the "this week" question', () => {
  it('is about the first collection day on or after the day it is answered', () => {
    expect(anchorFor(2, '2026-11-23')).toBe('2026-11-24');
    expect(anchorFor(2, '2026-11-24')).toBe('2026-11-24');
    expect(anchorFor(2, '2026-11-25')).toBe('2026-12-01');
    expect(anchorFor(5, '2026-12-30')).toBe('2027-01-01');
  });
});

describe('festive weeks', () => {
  it('are the Monday-to-Sunday weeks holding Christmas Day and New Year’s Day', () => {
    expect(['2026-12-20', '2026-12-21', '2026-12-27', '2026-12-28', '2027-01-03', '2027-01-04'].map(isFestiveWeek)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(isFestiveWeek('2025-12-29')).toBe(true); // the week of 1 January 2026 starts in 2025
  });
});
