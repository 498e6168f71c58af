import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../ui/Icon';

/** Says when there is no connection, and when this phone saved the copy it shows (not when it was built). */
export function OfflineBanner() {
  const [online, setOnline] = useState(true);
  const [Note, setNote] = useState<ComponentType | null>(null);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  useEffect(() => {
    // Precached with every other chunk, so it loads offline; the date code stays out of the first load.
    if (!online && !Note) void import('./SavedCopyNote').then((m) => setNote(() => m.SavedCopyNote));
  }, [online, Note]);
  if (online) return null;
  return (
    <p class="offline-banner" role="status">
      <Icon name="offline" /> {Note && <Note />}
    </p>
  );
}
