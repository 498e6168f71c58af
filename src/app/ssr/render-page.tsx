// The server's renderer: the same App, the same content modules and the same strings as the page, rendered to HTML
// for one URL. Bundled into dist-server/render.js; the server reaches it only through shared/page-render.ts.
import { renderToString } from 'preact-render-to-string';
import { getLanguage, isLanguageCode, type LanguageCode } from '../../shared/languages';
import type { PageRenderer, PrepareOptions, RenderedPage, SentStrings } from '../../shared/page-render';
import { App } from '../App';
import { preloadTopicPage } from '../home/AreaScreen';
import { englishGaps } from '../language/fallback-strings';
import { resolveKey } from '../language/translator-lookup';
import { i18n, initI18n, loadNamespaceFile } from '../language/i18n';
import { namespaceFiles } from '../language/namespace-loaders';
import { resolveAreaRoute } from '../routing/resolve-route';
import { splitPath } from '../routing/paths';
import { findTopic, TOPICS } from '../topics/topics';
import { pageTitle } from '../ui/use-page-title';
import { stubLocation } from './location-stub';
import { preloadQrCode } from '../helper-tools/hand-over/use-qr-code';
import { registerArea } from '../../shared/areas';
import { resolveArea, type AreaPackBody } from '../content/area-content';
import { setAreaContent } from '../content/current-area';
import type { Search } from '../search/search-engine';
import { giveSearch } from '../search/use-search-index';
import { TOPIC_BODIES } from '../content/topic-bodies';
import { bodiesDrawn, loadTopicBody } from '../helper-tools/topic-body/use-topic-body';

// Every useT asks the translator for its namespace's t in the page's language (and dates with it): that is the list the page loads.
const namespacesUsed = new Set<string>();
// A part drawn in English on a page in another language (LanguageScope): its namespaces come whole, in English too.
const englishUsed = new Set<string>();
// A part drawn in a third language (side by side's second column): whole in that language, and in English for its gaps.
const othersUsed = new Map<string, Set<string>>();
let pageLanguage = 'en';

// English strings a page in another language asked for by key (t(key, { lng: 'en' })): sent with the English it lacks.
const englishAsked: { ns: string; key: string; count?: unknown }[] = [];

// The public origin (PUBLIC_ORIGIN), never a request's Host: that is the client's to write.
let origin = 'http://localhost';

async function prepare(options: PrepareOptions = {}): Promise<void> {
  origin = options.origin ?? origin;
  await initI18n('en');
  const translate = i18n.t.bind(i18n);
  i18n.t = (key, options = {}) => {
    if (options.lng === 'en' && pageLanguage !== 'en') englishAsked.push({ ns: options.ns ?? 'common', key, count: options.count });
    return translate(key, options);
  };
  const fixedT = i18n.getFixedT.bind(i18n);
  i18n.getFixedT = ((lng: string | null, ns?: string | string[], ...rest: unknown[]) => {
    const third =
      lng && lng !== pageLanguage && lng !== 'en' ? (othersUsed.get(lng) ?? othersUsed.set(lng, new Set()).get(lng)) : undefined;
    const used = lng === pageLanguage ? [namespacesUsed] : lng === 'en' ? [englishUsed] : third ? [third, englishUsed] : [];
    if (typeof ns === 'string') for (const n of ns === 'common' || ns === 'dates' ? [ns] : [ns, 'dates']) used.forEach((u) => u.add(n));
    return (fixedT as (...a: unknown[]) => unknown)(lng, ns, ...rest);
  }) as typeof i18n.getFixedT;
  await Promise.all(namespaceFiles().map(async ({ lng, ns }) => i18n.addResourceBundle(lng, ns, await loadNamespaceFile(lng, ns), true)));
  await Promise.all(TOPICS.map((t) => preloadTopicPage(t.id)));
  // The helper tools draw a topic's body at once when it is loaded (side by side, show, the leaflet).
  await Promise.all(Object.values(TOPIC_BODIES).map(loadTopicBody));
  await import('../home/PackedPage');
  // The leaflet's QR code is drawn here, so the phone needs no encoder to show it.
  await preloadQrCode();
}

/** Which page a URL is, as the client's router and AreaScreen decide it; undefined: the phone's saved choices decide. */
function pageOf(url: string): { lang: LanguageCode; topic?: string } | { redirect: string } | undefined {
  const [path = '', query] = url.split('?');
  const parts = splitPath(path);
  // `/` for a first visit, in the language the server guessed from the browser's (pages.ts); a saved choice leaves it at once.
  if (path === '/') {
    const guess = new URLSearchParams(query).get('guess');
    return isLanguageCode(guess) ? { lang: guess } : undefined;
  }
  if (!parts.lang) return undefined;
  if (path.split('/').filter(Boolean).length > 3) return undefined;
  if (!parts.area && isLanguageCode(parts.lang)) return { lang: parts.lang };
  const result = resolveAreaRoute(parts, { lang: 'en' });
  if (result.kind === 'redirect') return { redirect: result.to };
  return { lang: result.lang, topic: result.topic };
}

// The area's published pack, as the phone would fetch it: known to the router and readable by the pages at render.
function applyAreaPack(json: string | undefined): void {
  if (!json) return;
  const body = JSON.parse(json) as AreaPackBody;
  registerArea({ id: body.area, prefix: body.pack.prefix ?? 'WAY', council: body.pack.council?.name ?? body.pack.name });
  if (!i18n.exists(`area.${body.area}.name`, { lng: 'en', ns: 'common' }))
    i18n.addResource('en', 'common', `area.${body.area}.name`, body.pack.name);
  setAreaContent(resolveArea(body));
}

async function renderPage(url: string, areaPack?: string): Promise<RenderedPage> {
  applyAreaPack(areaPack);
  const page = pageOf(url);
  const shell = { kind: 'shell' as const, status: 200 as const, bcp47: 'en-GB', dir: 'ltr' as const, title: 'Waymark', html: '' };
  const empty = { namespaces: [], noscript: '', modules: [] };
  if (!page) return { ...shell, ...empty, lang: 'en' };
  if ('redirect' in page) return { ...shell, ...empty, lang: 'en', redirect: page.redirect };
  await i18n.changeLanguage(page.lang);
  pageLanguage = page.lang;
  stubLocation(url, origin);
  namespacesUsed.clear();
  englishUsed.clear();
  othersUsed.clear();
  englishAsked.length = 0;
  bodiesDrawn.clear();
  namespacesUsed.add('common');
  await giveQueriedSearch(url, page.lang, areaPack);
  pageTitle.current = 'Waymark';
  const html = renderToString(<App />);
  const language = getLanguage(page.lang);
  const namespaces = [...namespacesUsed];
  const topic = findTopic(page.topic);
  const component = topic ? await topic.load() : undefined;
  // The quick exit is drawn by AreaScreen on sensitive pages; its styles must come with the HTML or it moves on load.
  // A topic's page may sit in its folder's chunk (topic-<id>, vite.config.ts) rather than a chunk of its own.
  const modules = [component?.name, topic ? `topic-${topic.id}` : undefined, topic?.sensitive ? 'QuickExit' : undefined].filter(
    (m): m is string => !!m,
  );
  return {
    kind: 'page',
    status: 200,
    bcp47: language.bcp47,
    dir: language.dir,
    title: pageTitle.current,
    html,
    namespaces,
    strings: sentStrings(page.lang, namespaces),
    noscript: i18n.t('accessibility:noscript.note'),
    lang: page.lang,
    modules,
    // Each body is in its topic's folder chunk (topic-<id>, or the group holding it: shared/topic-chunks.ts).
    styleModules: [...bodiesDrawn].map((id) => `topic-${id}`),
    ...(page.topic ? { topic: page.topic } : {}),
  };
}

// An area's index per language, kept while its pack is the same: a search link is answered in the HTML, results and all.
const searches = new Map<string, { pack: string | undefined; search: Search }>();

async function giveQueriedSearch(url: string, lang: string, areaPack: string | undefined): Promise<void> {
  const { area, topic } = splitPath(url);
  if (!area || topic !== 'search' || !new URLSearchParams(url.split('?')[1]).get('q')?.trim()) return;
  const key = `${area}|${lang}`;
  let kept = searches.get(key);
  if (!kept || kept.pack !== areaPack) {
    const { buildSearch } = await import('../search/search-engine');
    kept = { pack: areaPack, search: await buildSearch(area, lang) };
    searches.set(key, kept);
  }
  giveSearch(area, lang, kept.search);
}

/** The page's language whole; English whole only for parts drawn in English, else just the keys the language lacks. */
function sentStrings(lang: string, namespaces: string[]): SentStrings {
  const whole = (lng: string, list: Iterable<string>) =>
    Object.fromEntries([...list].map((ns) => [ns, i18n.getResourceBundle(lng, ns) ?? {}]));
  const others = Object.fromEntries([...othersUsed].map(([lng, list]) => [lng, whole(lng, list)]));
  if (lang === 'en') return { strings: { en: whole('en', new Set([...namespaces, ...englishUsed])), ...others } };
  const english = [...englishUsed];
  return {
    strings: { [lang]: whole(lang, namespaces), ...(english.length ? { en: whole('en', english) } : {}), ...others },
    fallback: withAsked(
      Object.fromEntries(
        namespaces
          .filter((ns) => !englishUsed.has(ns))
          .map((ns) => [ns, englishGaps(i18n.getResourceBundle('en', ns) ?? {}, i18n.getResourceBundle(lang, ns))]),
      ),
    ),
  };
}

/** Adds each English string asked for by key, in the plural form its count took, to the English sent with the page. */
function withAsked(fallback: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  for (const { ns, key, count } of englishAsked) {
    if (englishUsed.has(ns)) continue;
    const found = resolveKey({ en: { [ns]: i18n.getResourceBundle('en', ns) ?? {} } }, key, { ns, count }, ['en']);
    if (!found) continue;
    const path = found.key.split('.');
    let node = (fallback[found.ns] ??= {});
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = found.value;
  }
  return fallback;
}

export const renderer: PageRenderer = { prepare, renderPage };
