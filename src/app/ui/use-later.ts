// A part of a page that the server never draws (it depends on what this phone saved, or on a tap) has its code
// fetched only when it is wanted, so a first visit does not pay for it; the service worker keeps it for offline.
// A part the server draws but the page does not need to be live (a helper tool's topic body) keeps the server's HTML
// (KeptHtml) until its code, fetched just after the page is live, takes over with the same markup.
import { createElement, type ComponentChildren, type ComponentType, type Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

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

/** True while main.tsx hydrates a page the server drew (#app names its namespaces, <html> is not yet marked live). */
export function isHydrating(): boolean {
  return (
    typeof document !== 'undefined' && !!document.getElementById('app')?.dataset.ns && !('hydrated' in document.documentElement.dataset)
  );
}

// Preact leaves an element with dangerouslySetInnerHTML alone while hydrating, and on a later render with the same __html
// (node_modules/preact/src/diff/index.js), so the server's words stay, unmoved, until `ready`.
const KEPT = { __html: '' };

interface KeptProps {
  ready: boolean;
  class?: string | undefined;
  hidden?: boolean | undefined;
  elRef?: Ref<HTMLDivElement> | undefined;
  children?: ComponentChildren;
}

/** A div whose children are drawn once `ready`; until then, in a hydration, it keeps what the server drew in it. */
export function KeptHtml({ ready, elRef, children, ...attrs }: KeptProps) {
  const keep = useRef(isHydrating());
  if (ready) keep.current = false;
  const props = { ...attrs, ref: elRef };
  return keep.current
    ? createElement('div', { ...props, dangerouslySetInnerHTML: KEPT })
    : createElement('div', props, ready ? children : null);
}
