// When this phone saved the app for offline use. The service worker writes it once a version's files are
// cached and it takes over; the page reads it for the offline banner ("the copy saved on …").
export const SAVED_COPY_CACHE = 'waymark-saved';
export const SAVED_COPY_URL = '/saved-copy.json';

/** The time in the saved record, or null for anything else (a missing, old or hand-edited entry). */
export function savedCopyTime(record: unknown, now: number = Date.now()): number | null {
  if (!record || typeof record !== 'object') return null;
  const time = (record as { savedAt?: unknown }).savedAt;
  // A time after now is a wrong clock or junk: better no date than a wrong one.
  return typeof time === 'number' && Number.isFinite(time) && time > 0 && time <= now ? time : null;
}
