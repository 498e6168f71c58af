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

const topic: Read = (v) => (BODY_TOPICS.includes(v) ? v : undefined);
const language: Read = (v) => (isLanguageCode(v) ? v : undefined);
// "Close" goes back to the topic page the tool was opened from (HelperToolbar): that page, or the area's home.
const from: Read = (v, _lang, area) => {
  const [, lng, where, page, ...rest] = v.split('/');
  if (rest.length > 0 || !isLanguageCode(lng) || where !== area) return undefined;
  return page === '' || (page !== undefined && BODY_TOPICS.includes(page)) ? v : undefined;
};
// Every part known, each once, in the leaflet's order (readTopicList); an empty list is the emptied leaflet.
const parts: Read = (v) => {
  const asked = v === '' ? [] : v.split(',');
  return asked.every((id) => LEAFLET_PARTS.includes(id)) ? LEAFLET_PARTS.filter((id) => asked.includes(id)).join(',') : undefined;
};

/** Each tool's parameters, in their canonical order. The walkthrough takes none; `search?q=` is free text, never drawn. */
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
export function helperQuery(path: string, search: URLSearchParams): string | undefined {
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
