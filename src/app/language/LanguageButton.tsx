import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getLanguage, type LanguageCode } from '../../shared/languages';
import { saveLanguage } from '../storage/prefs';
import { withLanguage } from '../routing/paths';
import { useT } from './use-t';
import { Icon } from '../ui/Icon';
import { LanguageList } from './LanguageList';

/** The globe button on every screen, opening the list of languages in a modal dialog. */
export function LanguageButton({ current }: { current: LanguageCode }) {
  const { t } = useT();
  const { url, route } = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  // Loaded when the dialog first opens: most people never need it, so the first load stays small.
  const [Keep, setKeep] = useState<ComponentType<{ current: LanguageCode }>>();
  // Older WebViews (and jsdom) lack showModal: fall back to a plain open dialog.
  const open = () => {
    if (!Keep)
      void import('./KeepLanguages').then(
        (m) => setKeep(() => m.KeepLanguages),
        () => undefined,
      );
    const d = dialog.current;
    if (typeof d?.showModal === 'function') d.showModal();
    else d?.setAttribute('open', '');
  };
  const close = () => {
    const d = dialog.current;
    if (typeof d?.close === 'function') d.close();
    else d?.removeAttribute('open');
  };
  const pick = (code: LanguageCode) => {
    saveLanguage(code);
    close();
    route(withLanguage(url, code));
  };
  return (
    <>
      <button type="button" class="button button-quiet" onClick={open} aria-haspopup="dialog">
        <Icon name="globe" />
        <span lang={getLanguage(current).bcp47}>{getLanguage(current).endonym}</span>
        <span class="visually-hidden">{t('language.change')}</span>
      </button>
      <dialog ref={dialog} class="dialog" aria-labelledby="language-dialog-title">
        <div class="dialog-head">
          <h2 id="language-dialog-title">
            <Icon name="globe" /> {t('language.choose')}
          </h2>
          <button type="button" class="button button-quiet" onClick={close}>
            <Icon name="close" /> {t('action.close')}
          </button>
        </div>
        <LanguageList current={current} onPick={pick} />
        {Keep && <Keep current={current} />}
      </dialog>
    </>
  );
}
