// The QR encoder (uqr, ~4 KB gzip) is its own chunk, fetched only when a code is drawn; it is precached, so this works offline too.
import { loadLater, useLater } from '../../ui/use-later';

const loadQrCode = () => import('./QrCode').then((m) => m.QrCode);

/** The QR code component once it is wanted and has arrived (on the server: always, see preloadQrCode); null before. */
export function useQrCode(wanted: boolean) {
  return useLater(loadQrCode, wanted);
}

/** The server's renderer loads the encoder before drawing, so every code it draws is in the page's HTML. */
export const preloadQrCode = () => loadLater(loadQrCode);
