import { useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';

type Status = 'idle' | 'copied' | 'failed';

/** The phone's share sheet where there is one, and copying the link everywhere. */
export function LinkActions({ url }: { url: string }) {
  const { t } = useT('helpers');
  const [status, setStatus] = useState<Status>('idle');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const share = () => navigator.share({ title: 'Waymark', url }).catch(() => undefined);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div class="link-actions">
      {canShare && (
        <button type="button" class="button" onClick={share}>
          <Icon name="share" /> {t('handOver.share')}
        </button>
      )}
      <button type="button" class="button button-quiet" onClick={copy}>
        <Icon name="copy" /> {t('handOver.copy')}
      </button>
      <p role="status" aria-live="polite">
        {status === 'copied' ? t('handOver.copied') : status === 'failed' ? t('handOver.copyFailed') : ''}
      </p>
    </div>
  );
}
