// The only file that touches navigator.serviceWorker: registration, update offer, the swap to a new version.
type Listener = () => void;

let waiting = false;
let accept: (() => void) | undefined;
const listeners = new Set<Listener>();

export function updateWaiting(): boolean {
  return waiting;
}

export function onUpdateChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Activates the waiting version; the page reloads once the new worker controls it. */
export function acceptUpdate(): void {
  accept?.();
}

/** Asks the service worker to keep every string file of a language, so it works offline from now on. */
export function keepLanguageCached(lang: string): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'KEEP_LANGUAGE', lang }));
}

export async function registerServiceWorker(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    waiting = true;
    accept = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    listeners.forEach((l) => l());
  });
  await wb.register();
}
