// The QR encoder (uqr, ~4 KB gzip) is its own chunk, fetched only when a code is drawn; it is precached, so this works offline too.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type QrComponent = ComponentType<{ text: string; label: string }>;

let loading: Promise<QrComponent> | undefined;

export function loadQrCode(): Promise<QrComponent> {
  if (!loading) {
    loading = import('./QrCode').then((m) => m.QrCode);
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** The QR code component once it is wanted and has arrived; null before (so a server-drawn page hydrates the same). */
export function useQrCode(wanted: boolean): QrComponent | null {
  const [Qr, setQr] = useState<QrComponent | null>(null);
  useEffect(() => {
    if (!wanted || Qr) return;
    let live = true;
    loadQrCode().then(
      (component) => live && setQr(() => component),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, Qr]);
  return Qr;
}
