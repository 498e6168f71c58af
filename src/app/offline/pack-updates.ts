// The service worker's word that it refreshed an area's pack in the background; apart from sw-bridge.ts so that
// only pages that show facts load it.
/** Calls back with the area whose pack the service worker refreshed in the background to a newer version. */
export function onPackUpdated(listener: (area: string) => void): () => void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => undefined;
  const handle = (e: MessageEvent) => {
    const data = e.data as { type?: string; area?: unknown } | null;
    if (data?.type === 'PACK_UPDATED' && typeof data.area === 'string') listener(data.area);
  };
  navigator.serviceWorker.addEventListener('message', handle);
  return () => navigator.serviceWorker.removeEventListener('message', handle);
}
