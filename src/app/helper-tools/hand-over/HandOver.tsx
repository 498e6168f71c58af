import { useRef, useState } from 'preact/hooks';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { makeHandOverUrl } from './hand-over-url';
import { LinkActions } from '../contact/LinkActions';
import { useQrCode } from './use-qr-code';

/** "Give to their phone": a QR code of this page, in the person's language and area, plus share and copy. */
export function HandOver({ lang, area, topic, query }: { lang: string; area: string; topic?: string; query?: string }) {
  const { t } = useT('helpers');
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  // The encoder comes on the tap, never with the page.
  const Qr = useQrCode(url !== null);
  const open = () => {
    setUrl(makeHandOverUrl(location.origin, lang, area, topic, query));
    const d = dialog.current;
    if (d?.showModal) d.showModal();
    else d?.setAttribute('open', '');
  };
  const close = () => {
    const d = dialog.current;
    if (d?.close) d.close();
    else d?.removeAttribute('open');
  };
  return (
    <>
      <button type="button" class="button button-quiet" onClick={open} aria-haspopup="dialog">
        <Icon name="qr" /> {t('tools.handOver')}
      </button>
      <dialog ref={dialog} class="dialog hand-over" aria-labelledby="hand-over-title">
        <div class="dialog-head">
          <h2 id="hand-over-title">{t('handOver.title')}</h2>
          <button type="button" class="button button-quiet" onClick={close}>
            <Icon name="close" /> {t('show.close')}
          </button>
        </div>
        {url && (
          <div class="stack">
            <p>{t('handOver.scan')}</p>
            {Qr && <Qr text={url} label={t('handOver.qrLabel', { url })} />}
            <p>
              <bdi dir="ltr" class="ltr hand-over-url">
                {url}
              </bdi>
            </p>
            <LinkActions url={url} />
          </div>
        )}
      </dialog>
    </>
  );
}
