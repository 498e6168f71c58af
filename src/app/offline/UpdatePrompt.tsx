import { useEffect, useReducer, useState } from 'preact/hooks';
import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';
import { acceptUpdate, onUpdateChange, updateWaiting } from './sw-bridge';
import { holdsInput, onInputChange, watchTyping } from './unsaved-input';

/** Offers a new version; never reloads by itself, nor while a form holds input. Sits in the page's flow, so it covers nothing. */
export function UpdatePrompt() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onUpdateChange(() => rerender(0)), []);
  // Watched from the start: words typed before the update arrived count too.
  useEffect(() => watchTyping(document), []);
  if (!updateWaiting() || dismissed) return null;
  return <UpdateBar onDismiss={() => setDismissed(true)} />;
}

function UpdateBar({ onDismiss }: { onDismiss: () => void }) {
  const { t } = useT();
  const later = useT('safety');
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => onInputChange(() => rerender(0)), []);
  const busy = holdsInput();
  const update = () => {
    if (holdsInput()) setBlocked(true);
    else acceptUpdate();
  };
  return (
    <aside class="update-prompt" aria-labelledby="update-title">
      <p id="update-title">
        <Icon name="update" /> {t('update.ready')}
      </p>
      {busy && !blocked && <p>{t('update.afterForm')}</p>}
      <div role="alert">{blocked && <p>{t('update.afterForm')}</p>}</div>
      <div class="update-actions">
        <button type="button" class="button" onClick={update}>
          {t('update.now')}
        </button>
        {later.ready && (
          <button type="button" class="button button-quiet" onClick={onDismiss}>
            {later.t('update.later')}
          </button>
        )}
      </div>
    </aside>
  );
}
