// The queries the helper tools understand, as the server may draw them: only real values, in one canonical form,
// so a page opened with a query is drawn (and cached) once however the query is written.
import { isLanguageCode } from './languages';

/** The topics that have a body the helper tools show, in the order of the app's topic list (checked by helper-links.test.ts). */
export const BODY_TOPICS: readonly string[] = [
  'decision',
  'gp',
  'bins',
  'esol',
  'schools',
  'migrant-help',
  'money',
  'words',
  'staying-safe',
  'mind',
  'food',
  'legal-help',
  'complaints',
];

const LEAFLET_PARTS: readonly string[] = ['checklist', ...BODY_TOPICS];
type Read = (value: string, lang: string, area: string) => string | undefined;
/** What helperQuery reads of a query: URLSearchParams on the server (shared code has neither the DOM's nor Node's types). */
export interface QueryParams {
  keys(): Iterable<string>;
  get(name: string): string | null;
}

/** A query string's pairs in order; undefined when a value is not valid percent-encoding. */
function parseQuery(query: string): QueryParams | undefined {
  try {
    const pairs = query
      .split('&')
      .map((pair) => [...pair.split('='), ''].slice(0, 2).map((p) => decodeURIComponent(p)) as [string, string]);
    return { keys: () => pairs.map(([k]) => k), get: (name) => pairs.find(([k]) => k === name)?.[1] ?? null };
  } catch {
    return undefined;
  }
}

const topic: Read = (v) => (BODY_TOPICS.includes(v) ? v : undefined);
const language: Read = (v) => (isLanguageCode(v) ? v : undefined);
// "Close" goes back to the page the tool was opened from (HelperToolbar, the walkthrough): the area's home, a topic, a tool.
const FROM_PAGES = ['', ...BODY_TOPICS, 'walkthrough', 'side-by-side'];
const from: Read = (v, _lang, area) => {
  const [path = '', query, ...more] = v.split('?');
  if (more.length > 0) return undefined;
  const [, lng, where, page, ...rest] = path.split('/');
  if (rest.length > 0 || !isLanguageCode(lng) || where !== area || !FROM_PAGES.includes(page ?? '-')) return undefined;
  // A tool's own query, real and canonical as any other (side by side's topic and language).
  const params = query === undefined ? undefined : parseQuery(query);
  const tool = query === undefined ? '' : params && helperQuery(path, params);
  return tool === undefined ? undefined : `${path}${tool}`;
};
// Every part known, each once, in the leaflet's order (readTopicList); an empty list is the emptied leaflet.
const parts: Read = (v) => {
  const asked = v === '' ? [] : v.split(',');
  return asked.every((id) => LEAFLET_PARTS.includes(id)) ? LEAFLET_PARTS.filter((id) => asked.includes(id)).join(',') : undefined;
};

/** Each tool's parameters, in their canonical order. The walkthrough takes none; `search?q=` is free text, not a tool's
 * (pages.ts searchKey draws it, per request). */
const TOOL_PARAMS: Readonly<Record<string, readonly (readonly [string, Read])[]>> = {
  'side-by-side': [
    ['topic', topic],
    ['with', language],
  ],
  show: [
    ['topic', topic],
    ['from', from],
  ],
  leaflet: [
    ['topics', parts],
    ['with', language],
  ],
};

/** The canonical query ("?topic=gp&with=ar") of a tool's page, or undefined when any parameter is unknown, repeated or not real. */
export function helperQuery(path: string, search: QueryParams): string | undefined {
  const [, lang = '', area = '', page = '', ...rest] = path.split('/');
  const params = TOOL_PARAMS[page];
  if (!params || rest.length > 0) return undefined;
  const names = [...search.keys()];
  if (names.length === 0 || names.some((n, i) => names.indexOf(n) !== i || !params.some(([p]) => p === n))) return undefined;
  const pairs: string[] = [];
  for (const [name, read] of params) {
    const raw = search.get(name);
    if (raw === null) continue;
    const value = read(raw, lang, area);
    if (value === undefined) return undefined;
    pairs.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/')}`);
  }
  return `?${pairs.join('&')}`;
}
