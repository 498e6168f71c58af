// Keeps the area's pack loaded for the screen: loads it, re-renders when a newer one is applied, and says when
// the server has no such area. An area id the page has not met yet is asked about before the URL is judged.
import { useEffect, useState } from 'preact/hooks';
import { hasAreaContent, onAreaContent } from '../content/current-area';
import { loadAreaPack } from '../content/pack-loader';
import { onPackUpdated } from '../offline/sw-bridge';

const AREA_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

export type PackState = 'ready' | 'loading' | 'missing';

export function useAreaPack(area: string | undefined): PackState {
  const [, setTick] = useState(0);
  const [missing, setMissing] = useState<string | undefined>();
  const wanted = area && AREA_ID.test(area) ? area : undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const rerender = () => live && setTick((n) => n + 1);
    void loadAreaPack(wanted).then((ok) => (ok ? rerender() : live && setMissing(wanted)));
    const offContent = onAreaContent((a) => a === wanted && rerender());
    const offUpdate = onPackUpdated((a) => a === wanted && void loadAreaPack(wanted, true));
    return () => {
      live = false;
      offContent();
      offUpdate();
    };
  }, [wanted]);
  if (!wanted || missing === wanted) return 'missing';
  return hasAreaContent(wanted) ? 'ready' : 'loading';
}
