// A topic whose area pack is not on this phone and cannot be fetched: the emergency numbers first (they need no
// pack), then why the page is empty and a button to try again.
import { useState } from 'preact/hooks';
import { loadAreaPack } from '../content/pack-loader';
import { useT } from '../language/use-t';
import { EmergencyFirst } from '../report/advice/EmergencyFirst';
import { findTopic } from '../topics/topics';
import { Icon } from '../ui/Icon';

export function PackMissing({ area, topic }: { area: string; topic: string }) {
  const { t } = useT('content');
  const { t: tc } = useT('common');
  const label = findTopic(topic)?.label;
  const [trying, setTrying] = useState(false);
  const retry = () => {
    setTrying(true);
    void loadAreaPack(area, { resolve: true }).finally(() => setTrying(false));
  };
  return (
    <>
      {label && <h1>{tc(label)}</h1>}
      <EmergencyFirst />
      <p class="notice" role="status">
        <Icon name="offline" size={18} /> {t('packMissing')}
      </p>
      <button type="button" class="button" onClick={retry} disabled={trying}>
        {t('packRetry')}
      </button>
    </>
  );
}
