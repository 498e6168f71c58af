// The one door to localStorage, with every key the app keeps on this phone. Storage may throw (private mode,
// blocked storage, quota full) or hold anything (old versions, hand edits): reads and writes never throw, and
// each user checks what it reads.
import type { AreaId } from '../../shared/areas';

export const STORED_KEYS = {
  /** the chosen language; public/boot.js reads it too, before first paint */
  language: 'waymark.lang',
  area: 'waymark.area',
  /** "1" while the outbox may hold reports, or a sent one may still change status (report/outbox/outbox-hint.ts) */
  outboxHint: 'waymark.outbox',
  /** "1" after a quick exit: the report list stays folded (safety/outbox-fold.ts) */
  outboxFolded: 'waymark.fold',
  /** "1" after a quick exit taken before the page's code ran (public/load.js sets it): the drafts are erased at the next start */
  exitPending: 'waymark.exit',
  /** ticked walkthrough step ids, JSON (helper-tools/walkthrough/) */
  walkthrough: 'waymark.walkthrough',
  /** the area pack version last shown, JSON {area, version}, so a newer one can say "updated" (content/pack-loader.ts) */
  packVersion: 'waymark.pack',
} as const;

/** One bin schedule per area (topics/bins/schedule/), JSON. */
export function binScheduleKey(area: AreaId): `waymark.bins.${AreaId}` {
  return `waymark.bins.${area}`;
}

export type StoredKey = (typeof STORED_KEYS)[keyof typeof STORED_KEYS] | ReturnType<typeof binScheduleKey>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored text, or null when there is none; `unreadable` (null unless given) when storage cannot be read. */
export function readStored<U extends string | null = null>(key: StoredKey, unreadable: U = null as U): string | U | null {
  try {
    const store = storage();
    return store ? store.getItem(key) : unreadable;
  } catch {
    return unreadable;
  }
}

/** Stores (or, for null, removes) a value; false when the phone would not keep it. */
export function writeStored(key: StoredKey, value: string | null): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
