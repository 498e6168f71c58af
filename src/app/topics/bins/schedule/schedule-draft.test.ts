import { describe, expect, it } from 'vitest';
import { seedArea } from '../../../content/seed-packs';
import { scheduleFromDraft, scheduleFromStreet, UNKNOWN_SLOT } from './schedule-draft';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

// Monday 23 November 2026
const today = '2026-11-23';

describe('turning the setup answers into a schedule', () => {
  it('anchors "this week" to the next collection day on or after today', () => {
    expect(scheduleFromDraft(SEFTON_BINS, { weekday: 2, slot: 'b' }, today)).toEqual({
      ok: true,
      schedule: { area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'b' },
    });
    expect(scheduleFromDraft(SEFTON_BINS, { weekday: 1, slot: 'a' }, today)).toMatchObject({
      ok: true,
      schedule: { anchor: '2026-11-23' },
    });
  });

  it('asks for a day and a "this week" answer when both are missing', () => {
    expect(scheduleFromDraft(SEFTON_BINS, { weekday: null, slot: null }, today)).toEqual({
      ok: false,
      errors: { weekday: 'missing', slot: 'missing' },
    });
  });

  it('refuses a day the council never collects, keeping the other answer valid', () => {
    expect(scheduleFromDraft(STOCKTON_BINS, { weekday: 1, slot: 'a' }, today)).toEqual({ ok: false, errors: { weekday: 'not-collected' } });
    expect(scheduleFromDraft(STOCKTON_BINS, { weekday: 6, slot: 'a' }, today)).toEqual({ ok: false, errors: { weekday: 'not-collected' } });
  });

  it('does not save "I do not know" as if it were an answer', () => {
    expect(scheduleFromDraft(STOCKTON_BINS, { weekday: 3, slot: UNKNOWN_SLOT }, today)).toEqual({ ok: false, errors: { slot: 'unknown' } });
  });

  it('refuses a slot of another council', () => {
    expect(scheduleFromDraft(SEFTON_BINS, { weekday: 2, slot: 'c' }, today)).toEqual({ ok: false, errors: { slot: 'missing' } });
  });

  it('takes the whole schedule from a published street entry', () => {
    const street = { street: 'Example Road', weekday: 4 as const, anchor: '2026-11-26', slot: 'b', sources: [], checked: today };
    expect(scheduleFromStreet(SEFTON_BINS, street)).toEqual({
      area: 'sefton',
      weekday: 4,
      anchor: '2026-11-26',
      slot: 'b',
      street: 'Example Road',
    });
  });
});
