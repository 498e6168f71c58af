import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREA_IDS } from '../../shared/areas';
import { writeTicks } from '../helper-tools/walkthrough/walkthrough-ticks';
import { noteOutboxInUse, outboxMayHaveItems } from '../report/outbox/outbox-hint';
import { foldOutbox } from '../safety/outbox-fold';
import { saveSchedule } from '../topics/bins/schedule/saved-schedule';
import { binScheduleKey, readStored, STORED_KEYS, writeStored } from './local-store';
import { saveArea, saveLanguage, savedArea, savedLanguage } from './prefs';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const blocked = () => {
  throw new DOMException('blocked', 'SecurityError');
};

describe('the one local-storage module', () => {
  it('reads back what it wrote, and removes on null', () => {
    expect(writeStored(STORED_KEYS.area, 'sefton')).toBe(true);
    expect(readStored(STORED_KEYS.area)).toBe('sefton');
    writeStored(STORED_KEYS.area, null);
    expect(readStored(STORED_KEYS.area)).toBeNull();
  });

  it('never throws when storage is blocked or full, and says nothing was kept', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
    expect(writeStored(STORED_KEYS.language, 'ar')).toBe(false);
    expect(writeStored(STORED_KEYS.language, null)).toBe(false);
    expect(readStored(STORED_KEYS.language)).toBeNull();
    expect(readStored(STORED_KEYS.outboxHint, 'unreadable')).toBe('unreadable');
    expect(outboxMayHaveItems()).toBe(true);
  });

  it('survives a page where touching localStorage at all throws (private mode, sandboxed frame)', () => {
    vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(blocked);
    expect(readStored(STORED_KEYS.area)).toBeNull();
    expect(writeStored(STORED_KEYS.area, 'sefton')).toBe(false);
    expect(savedArea()).toBeUndefined();
  });

  it('lets junk through only as text, which its users refuse', () => {
    localStorage.setItem(STORED_KEYS.language, '{"x":1}');
    localStorage.setItem(STORED_KEYS.area, '../../etc');
    expect(savedLanguage()).toBeUndefined();
    expect(savedArea()).toBeUndefined();
  });

  it('lists every key the app keeps: each user writes only listed keys', () => {
    saveLanguage('ti');
    saveArea('stockton');
    noteOutboxInUse(true);
    foldOutbox(true);
    writeTicks(['gp']);
    saveSchedule({ area: 'sefton', weekday: 2, anchor: '2026-11-24', slot: 'a' });
    const listed = new Set<string>([...Object.values(STORED_KEYS), ...AREA_IDS.map(binScheduleKey)]);
    const written = Object.keys(localStorage);
    expect(written).toHaveLength(6);
    expect(written.filter((k) => !listed.has(k))).toEqual([]);
  });

  it('is the only page code that touches localStorage', () => {
    const root = join(process.cwd(), 'src', 'app');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    const touching = files.filter((f) => /\blocalStorage\b/.test(readFileSync(join(root, f), 'utf8').replace(/\/\/.*$/gm, '')));
    expect(touching.map((f) => relative(root, join(root, f)))).toEqual([join('storage', 'local-store.ts')]);
  });
});
