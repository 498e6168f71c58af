// A part of a page that the server never draws (it depends on what this phone saved, or on a tap) has its code
// fetched only when it is wanted, so a first visit does not pay for it; the service worker keeps it for offline.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, ComponentType<never>>();

/** The component once its code is here; null until then. Starts loading the first time `wanted` is true. */
export function useLater<P>(load: () => Promise<ComponentType<P>>, wanted: boolean): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(() => (loaded.get(load) as ComponentType<P>) ?? null);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    void load().then(
      (c) => {
        loaded.set(load, c as ComponentType<never>);
        if (live) setComponent(() => c);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, component]);
  return component;
}
