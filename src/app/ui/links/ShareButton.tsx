import { useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import { Icon } from '../Icon';
import { shareOrCopy, type ShareData, type ShareOutcome } from './share-text';

/** Shares text or a link with the phone's share sheet, or copies it where there is none. */
export function ShareButton({ data, label }: { data: () => ShareData; label?: string }) {
  const { t } = useT('content');
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const onClick = async () => setOutcome(await shareOrCopy(data(), navigator));
  const message = outcome === 'copied' ? t('copied') : outcome === 'shared' ? t('shared') : outcome === 'failed' ? t('shareFailed') : '';
  return (
    <span class="share">
      <button type="button" class="button button-quiet" onClick={onClick}>
        <Icon name={canShare ? 'share' : 'copy'} /> {label ?? t(canShare ? 'share' : 'copy')}
      </button>
      <span role="status" aria-live="polite" class="share-status">
        {message}
      </span>
    </span>
  );
}
