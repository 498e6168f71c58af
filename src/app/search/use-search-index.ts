// Builds an area's search index once per language, from strings already cached for offline use.
import { useEffect, useState } from 'preact/hooks';
import type { AreaId } from '../../shared/areas';
import { loadNamespaceFile } from '../language/i18n';
import { buildIndex, type SearchIndex } from './search-index';
import { collectSections } from './search-sources';

const built = new Map<string, Promise<SearchIndex>>();

export function loadSearchIndex(area: AreaId, lang: string): Promise<SearchIndex> {
  const key = `${area}|${lang}`;
  let index = built.get(key);
  if (!index) {
    index = collectSections(area, [lang, 'en'], loadNamespaceFile).then((sections) => buildIndex(sections, lang));
    index.catch(() => built.delete(key));
    built.set(key, index);
  }
  return index;
}

export function useSearchIndex(area: AreaId, lang: string): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    let live = true;
    setIndex(null);
    loadSearchIndex(area, lang).then(
      (ready) => live && setIndex(ready),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [area, lang]);
  return index;
}
