// The offline banner's words, loaded only once the phone is offline: most visits never need them.
import { useEffect, useState } from 'preact/hooks';
import { SAVED_COPY_CACHE, SAVED_COPY_URL, savedCopyTime } from '../../shared/saved-copy';
import { formatWhen } from '../language/dates';
import { useT } from '../language/use-t';

/** When the service worker last saved the app on this phone, or null (never, unreadable, or no Cache API). */
async function savedCopyAt(): Promise<number | null> {
  try {
    const response = await globalThis.caches?.match(SAVED_COPY_URL, { cacheName: SAVED_COPY_CACHE });
    return response ? savedCopyTime(await response.json()) : null;
  } catch {
    return null;
  }
}

/** "You are reading the copy saved on <day>": the day this phone saved it, not the day the app was built. */
export function SavedCopyNote() {
  const { t } = useT();
  const dates = useT('dates');
  const [savedAt, setSavedAt] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    void savedCopyAt().then(setSavedAt);
  }, []);
  if (savedAt === undefined || !dates.ready) return null;
  return <>{savedAt === null ? t('offline.bannerUndated') : t('offline.banner', { date: formatWhen(savedAt, dates.t, false) })}</>;
}
