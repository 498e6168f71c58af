// The cover's QR code: the server draws it into the page, and the phone keeps it when it encodes the phone's own address.
import { useState } from 'preact/hooks';
import { isHydrating } from '../../ui/use-later';
import { useQrCode } from '../hand-over/use-qr-code';

interface Drawn {
  text: string;
  html: string;
}

/** The code the server drew into this document, if any: read once, at hydration, before the app changes anything. */
function drawnByServer(): Drawn | undefined {
  if (!isHydrating()) return undefined;
  const drawn = document.querySelector<HTMLElement>('.leaflet-qr-code[data-text]');
  const text = drawn?.dataset.text;
  return drawn && text ? { text, html: drawn.innerHTML } : undefined;
}

/** A QR code of `url`, marked with the text it encodes (data-text); an empty square of its size until there is one. */
export function LeafletQrCode({ url }: { url: string }) {
  const [drawn] = useState(drawnByServer);
  // The encoder is fetched only when the server's code is not for this address (a proxy's other origin, a client-side route).
  const Qr = useQrCode(drawn?.text !== url);
  // Preact leaves an element with the same __html as it found it, during hydration and after: the server's code stays.
  if (drawn && (drawn.text === url || !Qr))
    return <span class="leaflet-qr-code" data-text={drawn.text} dangerouslySetInnerHTML={{ __html: drawn.html }} />;
  return (
    <span class="leaflet-qr-code" data-text={Qr ? url : undefined}>
      {Qr ? <Qr text={url} label={url} /> : <span class="qr-code" aria-hidden="true" />}
    </span>
  );
}
