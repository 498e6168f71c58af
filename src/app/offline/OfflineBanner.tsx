import { useEffect, useState } from 'preact/hooks';
import { formatWhen } from '../language/dates';
import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';
import { savedCopyAt } from './sw-bridge';

/** Says when there is no connection, and when this phone saved the copy it shows (not when it was built). */
export function OfflineBanner() {
  const { t } = useT();
  const [online, setOnline] = useState(true);
  const [savedAt, setSavedAt] = useState<number | null>(null);
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
    if (!online) void savedCopyAt().then(setSavedAt);
  }, [online]);
  if (online) return null;
  return (
    <p class="offline-banner" role="status">
      <Icon name="offline" /> {savedAt === null ? t('offline.bannerUndated') : t('offline.banner', { date: formatWhen(savedAt, t, false) })}
    </p>
  );
}
