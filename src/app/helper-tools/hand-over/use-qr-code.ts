// The QR encoder (uqr, ~4 KB gzip) is its own chunk, fetched only when a code is drawn; it is precached, so this works offline too.
import { useLater } from '../../ui/use-later';

const loadQrCode = () => import('./QrCode').then((m) => m.QrCode);

/** The QR code component once it is wanted and has arrived; null before (so a server-drawn page hydrates the same). */
export function useQrCode(wanted: boolean) {
  return useLater(loadQrCode, wanted);
}
