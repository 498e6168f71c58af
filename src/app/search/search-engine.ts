// What search needs only once a person means to search (MiniSearch, every topic's words): a chunk of its own, loaded by
// use-search-index.ts on focus, on the first letter typed, or for a query already in the URL.
import type { AreaId } from '../../shared/areas';
import { loadNamespaceFile } from '../language/i18n';
import { buildIndex, searchIndex, type SearchResult } from './search-index';
import { collectSections } from './search-sources';

/** Ranked results for a query over one area in one language (and English). */
export type Search = (query: string) => SearchResult[];

const built = new Map<string, Promise<Search>>();

/** Builds an area's index in one language (and English) from its strings and the area's current content. */
export async function buildSearch(area: AreaId, lang: string): Promise<Search> {
  const index = buildIndex(await collectSections(area, [lang, 'en'], loadNamespaceFile), lang);
  return (query: string) => searchIndex(index, query);
}

/** Builds an area's index once per language, from strings already cached for offline use. */
export function loadSearch(area: AreaId, lang: string): Promise<Search> {
  const key = `${area}|${lang}`;
  let search = built.get(key);
  if (!search) {
    search = buildSearch(area, lang);
    search.catch(() => built.delete(key));
    built.set(key, search);
  }
  return search;
}
