// A topic page with its area's pack: loaded before the first render, applied again when a newer one arrives
// (the page then says "Information updated: <date>"). A lazy chunk, so the home's first load carries none of it.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasAreaContent, onAreaContent, packUpdatedAt } from '../content/current-area';
import { loadAreaPack } from '../content/pack-loader';
import type { TopicPageProps } from '../topics/topics';
import { PackUpdated } from './PackUpdated';

/** Asks the server (or the phone's cache) for an area the page has not met, then lets the screen judge the URL again. */
export function AreaLookup({ area, onDone }: { area: string; onDone: () => void }) {
  useEffect(() => {
    let live = true;
    void (/^[a-z0-9][a-z0-9-]{0,40}$/.test(area) ? loadAreaPack(area) : Promise.resolve()).then(() => live && onDone());
    return () => {
      live = false;
    };
  }, [area]);
  return null;
}

/** Loads and applies an area's pack (before hydrating a page the server drew with it). */
export function preloadPack(area: string): Promise<boolean> {
  return loadAreaPack(area, { resolve: true });
}

export function withPack(Page: ComponentType<TopicPageProps>): ComponentType<TopicPageProps> {
  return function Packed(props: TopicPageProps) {
    const [, setVersion] = useState(0);
    // Loaded only when needed (offline, no pack): its emergency advice and sources stay out of a topic's first load.
    const [Missing, setMissing] = useState<ComponentType<{ area: string; topic: string }> | null>(null);
    useEffect(() => {
      let live = true;
      const off = onAreaContent((a) => a === props.area && live && setVersion((n) => n + 1));
      // Offline on a phone that never kept this pack: say so (not a blank page), and try again when signal returns.
      const load = () =>
        void loadAreaPack(props.area, { resolve: true }).then(async (ok) => {
          if (ok || hasAreaContent(props.area)) return live && setMissing(null);
          const { PackMissing } = await import('./PackMissing');
          if (live) setMissing(() => PackMissing);
        });
      if (!hasAreaContent(props.area)) load();
      window.addEventListener('online', load);
      return () => {
        live = false;
        off();
        window.removeEventListener('online', load);
      };
    }, [props.area]);
    // Pages read facts at render (and the search index is built once), so they wait for the pack.
    if (!hasAreaContent(props.area)) return Missing ? <Missing area={props.area} topic={props.topic} /> : null;
    return (
      <>
        {packUpdatedAt(props.area) && <PackUpdated area={props.area} />}
        <Page {...props} />
      </>
    );
  };
}
