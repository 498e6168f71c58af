import { useEffect, useReducer, useState } from 'preact/hooks';
import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';
import { acceptUpdate, onUpdateChange, updateWaiting } from './sw-bridge';
import { hasUnsavedInput } from './unsaved-input';

/** Offers a new version; never reloads by itself, and not while a form holds unsaved words. */
export function UpdatePrompt() {
  const { t } = useT();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => onUpdateChange(() => rerender(0)), []);
  if (!updateWaiting()) return null;
  const update = () => {
    if (hasUnsavedInput()) setBlocked(true);
    else acceptUpdate();
  };
  return (
    <aside class="update-prompt" aria-labelledby="update-title">
      <p id="update-title">
        <Icon name="update" /> {t('update.ready')}
      </p>
      {blocked && <p role="alert">{t('update.afterForm')}</p>}
      <button type="button" class="button" onClick={update}>
        {t('update.now')}
      </button>
    </aside>
  );
}
