// Offline search over an area's topics: one small in-memory index of every section's words in the person's
// language and English. Typo-tolerant (fuzzy, prefix) and spelling-tolerant (see normalise.ts). Pure: no DOM.
import MiniSearch from 'minisearch';
import { normaliseText, stemTerm } from './normalise';

/** One section of one topic in one language: what search indexes and what a result links to. */
export interface SearchSection {
  topic: string;
  /** element id on the topic page; '' for the top of the page */
  section: string;
  lang: string;
  title: string;
  parts: readonly string[];
}

export interface SearchResult {
  topic: string;
  section: string;
  /** the section's title in the person's language where there is one */
  title: string;
  titleLang: string;
  snippet: string;
  snippetLang: string;
  score: number;
}

type Doc = SearchSection & { id: string };

export interface SearchIndex {
  mini: MiniSearch<Doc>;
  byId: Map<string, SearchSection>;
  lang: string;
}

const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const keyOf = (s: { lang: string; topic: string; section: string }) => `${s.lang}|${s.topic}|${s.section}`;

// Chinese is written without spaces: a run of Han characters is indexed as its overlapping pairs (a lone
// character as itself), so "医生" is found inside "去全科医生诊所" and a query splits the same way.
const HAN_RUN = /(\p{Script=Han}+)/u;

function hanPairs(run: string): string[] {
  const chars = [...run];
  return chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
}

function wordsOf(text: string): string[] {
  return normaliseText(text)
    .split(SEPARATORS)
    .flatMap((w) => (HAN_RUN.test(w) ? w.split(HAN_RUN).flatMap((part, i) => (i % 2 ? hanPairs(part) : part ? [part] : [])) : [w]))
    .filter(Boolean);
}

/** Indexing: a word written with a zero-width non-joiner (Persian "کلاس‌ها") is findable whole and in parts. */
function tokenizeForIndex(text: string): string[] {
  return wordsOf(text).flatMap((w) => (w.includes('\u200C') ? [w, ...w.split('\u200C')] : [w]));
}

function tokenizeQuery(text: string): string[] {
  return wordsOf(text);
}

function processTerm(term: string): string | null {
  const stem = stemTerm(term);
  return stem.length > 1 || /[\d\p{Script=Han}]/u.test(stem) ? stem : null;
}

export function buildIndex(sections: readonly SearchSection[], lang: string): SearchIndex {
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'text'],
    extractField: (doc, field) => (field === 'text' ? doc.parts.join('\n') : field === 'title' ? doc.title : doc.id),
    tokenize: tokenizeForIndex,
    processTerm,
    searchOptions: {
      tokenize: tokenizeQuery,
      processTerm,
      boost: { title: 3 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      maxFuzzy: 2,
    },
  });
  const byId = new Map<string, SearchSection>();
  for (const s of sections) byId.set(keyOf(s), s);
  mini.addAll([...byId].map(([id, s]) => ({ ...s, id })));
  return { mini, byId, lang };
}

function snippetOf(section: SearchSection, terms: readonly string[], max = 160): string {
  const wanted = new Set(terms);
  const hit = section.parts.find((p) => tokenizeForIndex(p).some((w) => wanted.has(processTerm(w) ?? '')));
  const text = hit ?? section.parts[0] ?? '';
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Ranked sections for a query: every word must match if possible, otherwise any word. One result per section. */
export function searchIndex(index: SearchIndex, query: string, limit = 12): SearchResult[] {
  if (!query.trim()) return [];
  let hits = index.mini.search(query, { combineWith: 'AND' });
  if (hits.length === 0) hits = index.mini.search(query, { combineWith: 'OR' });
  const merged = new Map<string, SearchResult>();
  for (const hit of hits) {
    const found = index.byId.get(String(hit.id));
    if (!found) continue;
    const place = `${found.topic}#${found.section}`;
    const own = index.byId.get(keyOf({ ...found, lang: index.lang })) ?? found;
    const seen = merged.get(place);
    if (seen) {
      seen.score += hit.score / 2;
      continue;
    }
    merged.set(place, {
      topic: found.topic,
      section: found.section,
      title: own.title,
      titleLang: own.lang,
      snippet: snippetOf(found, hit.terms),
      snippetLang: found.lang,
      score: hit.score,
    });
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
