import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedArea } from '../../../content/seed-packs';
import type { BinSchedule } from './next-collections';
import { forgetSchedule, otherAreasWithSchedule, readSavedSchedule, saveSchedule, storageKey } from './saved-schedule';

// The seed packs' bin rules (src/packs), as the page reads them.
const SEFTON_BINS = seedArea('sefton')!.bins!;
const STOCKTON_BINS = seedArea('stockton')!.bins!;

const sefton: BinSchedule = { area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' };

afterEach(() => vi.restoreAllMocks());

describe('the schedule saved on this phone', () => {
  it('comes back as it was saved, for its own area only', () => {
    expect(saveSchedule(sefton)).toBe(true);
    expect(readSavedSchedule(SEFTON_BINS)).toEqual({ kind: 'ok', schedule: sefton });
    expect(readSavedSchedule(STOCKTON_BINS)).toEqual({ kind: 'none' });
    expect(otherAreasWithSchedule('stockton')).toEqual(['sefton']);
    expect(otherAreasWithSchedule('sefton')).toEqual([]);
  });

  it('is not used when a Sefton schedule sits under the Stockton key', () => {
    localStorage.setItem(storageKey('stockton'), JSON.stringify({ v: 1, ...sefton }));
    expect(readSavedSchedule(STOCKTON_BINS)).toEqual({ kind: 'unusable', problem: 'other-area' });
  });

  it('is not used when it names a day the council never collects', () => {
    localStorage.setItem(storageKey('stockton'), JSON.stringify({ v: 1, area: 'stockton', weekday: 1, anchor: '2026-11-23', slot: 'a' }));
    expect(readSavedSchedule(STOCKTON_BINS)).toEqual({ kind: 'unusable', problem: 'day-not-collected' });
  });

  it.each([
    ['{not json'],
    ['null'],
    ['"text"'],
    [JSON.stringify({ v: 2, ...sefton })],
    [JSON.stringify({ v: 1, area: 'sefton', weekday: '2', anchor: '2026-11-24', slot: 'a' })],
  ])('is ignored when corrupt: %s', (raw) => {
    localStorage.setItem(storageKey('sefton'), raw);
    expect(readSavedSchedule(SEFTON_BINS)).toEqual({ kind: 'unusable', problem: 'corrupt' });
  });

  it('survives storage that throws, reporting that nothing was kept', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(saveSchedule(sefton)).toBe(false);
    expect(readSavedSchedule(SEFTON_BINS)).toEqual({ kind: 'none' });
    expect(otherAreasWithSchedule('stockton')).toEqual([]);
  });

  it('can be forgotten', () => {
    saveSchedule(sefton);
    forgetSchedule('sefton');
    expect(readSavedSchedule(SEFTON_BINS)).toEqual({ kind: 'none' });
  });
});
