// The search index is built on intent, not with the page: until `wanted`, neither MiniSearch nor any topic's words are fetched.
import { useEffect, useState } from 'preact/hooks';
import type { AreaId } from '../../shared/areas';
import type { Search } from './search-engine';

// The server renders a page for a query with the area's index given here, so its results are in the HTML.
const given = new Map<string, Search>();

export function giveSearch(area: AreaId, lang: string, search: Search): void {
  given.set(`${area}|${lang}`, search);
}

export function useSearchIndex(area: AreaId, lang: string, wanted: boolean): Search | null {
  const [search, setSearch] = useState<Search | null>(() => given.get(`${area}|${lang}`) ?? null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    setSearch(null);
    import('./search-engine')
      .then((m) => m.loadSearch(area, lang))
      .then(
        (ready) => live && setSearch(() => ready),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [area, lang, wanted]);
  return search;
}
