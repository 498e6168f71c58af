// A part of a page that the server never draws (it depends on what this phone saved, or on a tap) has its code
// fetched only when it is wanted, so a first visit does not pay for it; the service worker keeps it for offline.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loader<P> = () => Promise<ComponentType<P>>;
const loaded = new Map<Loader<never>, ComponentType<never>>();

/** Fetches a part's code and keeps it: a draw after this (or a hydration that waited for it) has it at once. */
export function loadLater<P>(load: Loader<P>): Promise<ComponentType<P>> {
  return load().then((component) => {
    loaded.set(load as Loader<never>, component as ComponentType<never>);
    return component;
  });
}

/** The component once its code is here, else null; fetching starts the first time `wanted` is true. */
export function useLater<P>(load: Loader<P>, wanted: boolean): ComponentType<P> | null {
  const [, arrived] = useState(0);
  const component = (loaded.get(load as Loader<never>) as ComponentType<P> | undefined) ?? null;
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    loadLater(load).then(
      () => live && arrived((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, component]);
  return component;
}
