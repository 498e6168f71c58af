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

/** Asks the service worker to keep the area's pack, so its topics open offline even when the area was reached in the page. */
export function keepAreaPack(area: string): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'KEEP_PACK', area }));
}

export interface LanguagesAnswer {
  ok: boolean;
  /** languages (besides English, always kept) whose every file is on the phone */
  langs: string[];
}

const ASK_LIMIT_MS = 120_000;

/** Asks the active service worker and waits for its answer on a private channel. */
function ask(message: object): Promise<LanguagesAnswer> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return Promise.reject(new Error('no service worker'));
  return navigator.serviceWorker.ready.then(
    (reg) =>
      new Promise<LanguagesAnswer>((done, fail) => {
        if (!reg.active) return fail(new Error('no active service worker'));
        const channel = new MessageChannel();
        const timer = setTimeout(() => fail(new Error('no answer')), ASK_LIMIT_MS);
        channel.port1.onmessage = (e) => {
          clearTimeout(timer);
          done(e.data as LanguagesAnswer);
        };
        reg.active.postMessage(message, [channel.port2]);
      }),
  );
}

export function keepEveryLanguage(): Promise<LanguagesAnswer> {
  return ask({ type: 'KEEP_ALL_LANGUAGES' });
}

export function dropLanguagesExcept(keep: readonly string[]): Promise<LanguagesAnswer> {
  return ask({ type: 'DROP_LANGUAGES', keep });
}

export function languagesKept(): Promise<LanguagesAnswer> {
  return ask({ type: 'LANGUAGES_KEPT' });
}

export async function registerServiceWorker(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const sw = navigator.serviceWorker;
  // A page the worker serves loads workbox-window from the phone. A first visit has no version to swap from: it registers
  // directly and saves that 2 KB, fetching it only if a new version comes while the page is open (the worker claims it).
  if (sw.controller) return watchForUpdates();
  // After the page's own load, as workbox-window waits too, so the worker's precaching never competes with it.
  if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
  const registration = await sw.register('/sw.js', { scope: '/' });
  registration.addEventListener('updatefound', () => {
    const next = registration.installing;
    if (!next || !sw.controller) return;
    next.addEventListener('statechange', () => {
      if (next.state === 'installed') void watchForUpdates();
    });
  });
}

/** workbox-window offers the waiting version (one already waiting included) and swaps to it once accepted. */
async function watchForUpdates(): Promise<void> {
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
