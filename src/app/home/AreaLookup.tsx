import { useEffect } from 'preact/hooks';
import { loadAreaPack } from '../content/pack-loader';

/** Asks the server (or the phone's cache) for an area the page has not met, then lets the screen judge the URL again. */
export function AreaLookup({ area, onDone }: { area: string; onDone: () => void }) {
  useEffect(() => {
    let live = true;
    void loadAreaPack(area).then(() => live && onDone());
    return () => {
      live = false;
    };
  }, [area]);
  return null;
}
