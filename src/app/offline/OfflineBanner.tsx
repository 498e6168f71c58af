import { useEffect, useState } from 'preact/hooks';
import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';

declare const __CONTENT_DATE__: string;

/** Says when there is no connection, and how old the saved copy is. */
export function OfflineBanner() {
  const { t, bcp47 } = useT();
  const [online, setOnline] = useState(true);
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
  if (online) return null;
  const date = new Intl.DateTimeFormat(bcp47, { dateStyle: 'long' }).format(new Date(__CONTENT_DATE__));
  return (
    <p class="offline-banner" role="status">
      <Icon name="offline" /> {t('offline.banner', { date })}
    </p>
  );
}
