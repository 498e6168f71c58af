import { describe, expect, it } from 'vitest';
import { seedArea } from '../../../content/seed-packs';
import type { BinSchedule } from './next-collections';
import { decodeScheduleLink, encodeScheduleLink, scheduleFromSearch } from './schedule-link';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

const sefton: BinSchedule = { area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' };

describe('the bin day in a hand-over link', () => {
  it('comes back as it went, in a few characters', () => {
    const link = encodeScheduleLink(sefton);
    expect(link).toBe('bin=sefton.20261124.a');
    expect(scheduleFromSearch(SEFTON_BINS, `?${link}`)).toEqual(sefton);
  });

  it('never carries the street', () => {
    const link = encodeScheduleLink({ ...sefton, street: 'Example Road' });
    expect(link).not.toContain('Example');
    expect(scheduleFromSearch(SEFTON_BINS, `?${link}`)).toEqual(sefton);
  });

  it('is ignored on another area’s page', () => {
    expect(scheduleFromSearch(STOCKTON_BINS, `?${encodeScheduleLink(sefton)}`)).toBeNull();
    expect(decodeScheduleLink(STOCKTON_BINS, 'stockton.20261124.a')).toMatchObject({ area: 'stockton', weekday: 2 });
    expect(decodeScheduleLink(SEFTON_BINS, 'stockton.20261124.a')).toBeNull();
    expect(decodeScheduleLink(STOCKTON_BINS, 'stockton.20261123.a')).toBeNull(); // a Monday: Stockton does not collect then
  });

  it.each([
    [null],
    [''],
    ['garbage'],
    ['sefton.2026-11-24.a'],
    ['sefton.20261124'], // Sefton rotates: a slot is needed
    ['sefton.20261124.z'], // no such slot
    ['sefton.20270229.a'], // not a date
    ['sefton.20261124.a.b'],
    ['SEFTON.20261124.a'],
    ['sefton.20261124.a<script>'],
  ])('rejects %s', (value) => {
    expect(decodeScheduleLink(SEFTON_BINS, value)).toBeNull();
  });
});
