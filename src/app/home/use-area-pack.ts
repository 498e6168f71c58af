// Keeps the area's pack loaded for the screen: a topic needs its facts; an area id the page has not met yet is
// asked about before the URL is judged. The home of a known area loads nothing (the service worker caches the pack).
import { useEffect, useState } from 'preact/hooks';
import { isAreaId } from '../../shared/areas';
import { hasAreaContent, onAreaContent } from '../content/current-area';

const AREA_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

export type PackState = 'ready' | 'loading' | 'missing';

export function useAreaPack(area: string | undefined, needFacts: boolean): PackState {
  const [, setTick] = useState(0);
  const [missing, setMissing] = useState<string | undefined>();
  const [known, setKnown] = useState<string | undefined>();
  const wanted = area && AREA_ID.test(area) ? area : undefined;
  const load = Boolean(wanted) && (needFacts || !isAreaId(wanted));
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const rerender = () => live && setTick((n) => n + 1);
    if (load)
      void import('../content/pack-loader')
        .then((m) => m.loadAreaPack(wanted, { resolve: needFacts }))
        .then((ok) => (ok ? live && setKnown(wanted) : live && setMissing(wanted)));
    const offContent = onAreaContent((a) => a === wanted && rerender());
    return () => {
      live = false;
      offContent();
    };
  }, [wanted, needFacts, load]);
  if (!wanted || missing === wanted) return 'missing';
  if (needFacts) return hasAreaContent(wanted) ? 'ready' : 'loading';
  return isAreaId(wanted) || known === wanted ? 'ready' : 'loading';
}
