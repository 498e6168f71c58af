// Service worker: precache the shell and English, keep each language the person uses, fall back to the app for navigations.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { SAVED_COPY_CACHE, SAVED_COPY_URL } from '../shared/saved-copy';
import {
  areaOfPage,
  isNewerPack,
  languageOfPage,
  languagesIn,
  otherAreaPacks,
  packAreaOf,
  splitManifest,
  type ManifestEntry,
} from './routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };

const LOCALE_CACHE = 'waymark-languages';
/** The server-rendered HTML of pages this version has served, so an offline reload shows words before any script runs. */
const PAGE_CACHE = 'waymark-pages';
/** How long a page never visited waits for the network before the app shell draws it instead. */
const PAGE_WAIT_MS = 3000;
const { core, locales } = splitManifest(self.__WB_MANIFEST);
const currentLocaleFiles = new Set([...locales.values()].flat());

// The first version takes control at once so the first visit already works offline; later versions wait for the prompt.
clientsClaim();
precacheAndRoute(core);
cleanupOutdatedCaches();
// After precacheAndRoute: the shell must already be in the precache list.
const shell = createHandlerBoundToURL('index.html');

registerRoute(new NavigationRoute(servePage, { denylist: [/^\/api\//, /^\/staff(\/|$)/] }));
registerRoute(
  ({ url }) => url.origin === self.location.origin && currentLocaleFiles.has(url.pathname),
  new CacheFirst({ cacheName: LOCALE_CACHE }),
);

const PACK_CACHE = 'waymark-packs';
// A slow link may hold the install this long for the pack or the language, never longer (they then come with the next page).
const PACK_AT_INSTALL_MS = 15_000;
// The area's pack is cached the first time it is fetched (never precached); a newer one fetched in the background is
// announced to the pages, which apply it without an app update.
registerRoute(
  ({ url }) => url.origin === self.location.origin && packAreaOf(url.pathname) !== undefined,
  new StaleWhileRevalidate({
    cacheName: PACK_CACHE,
    plugins: [
      {
        cacheDidUpdate: async ({ request, oldResponse, newResponse }) => {
          const area = packAreaOf(new URL(request.url).pathname)!;
          const cache = await caches.open(PACK_CACHE);
          const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
          await Promise.all(otherAreaPacks(paths, area).map((p) => cache.delete(p)));
          if (!isNewerPack(oldResponse?.headers.get('etag'), newResponse.headers.get('etag'))) return;
          for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'PACK_UPDATED', area });
        },
      },
    ],
  }),
);

// The first visit's page was not yet controlled, and the home itself fetches no pack: the worker caches the pack of
// the area each navigation (and each open page when it takes over) is in, so the area works offline from then on.
async function cachePackOf(pageUrl: string, signal?: AbortSignal): Promise<void> {
  const area = areaOfPage(new URL(pageUrl).pathname);
  if (!area) return;
  const cache = await caches.open(PACK_CACHE);
  const url = `/api/packs/${area}`;
  if (await cache.match(url)) return;
  const res = await fetch(url, { signal });
  if (!res.ok) return;
  await cache.put(url, res);
  const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
  await Promise.all(otherAreaPacks(paths, area).map((p) => cache.delete(p)));
}

self.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate') event.waitUntil(cachePackOf(event.request.url).catch(() => undefined));
});

// Only plain page URLs are kept (a search or a notice is not a page to reopen).
const keepable = (url: URL) => url.origin === self.location.origin && url.search === '' && !/^\/(api|staff)(\/|$)/.test(url.pathname);

async function keepPage(url: URL, response: Response): Promise<void> {
  if (!keepable(url) || !response.ok || !response.headers.get('content-type')?.includes('text/html')) return;
  await (await caches.open(PAGE_CACHE)).put(url.href, response);
}

// A kept page is shown at once and refreshed behind it; any other waits a little for the network, then the shell draws it.
async function servePage(options: RouteHandlerCallbackOptions): Promise<Response> {
  const { request, url, event } = options;
  const kept = keepable(url) ? await (await caches.open(PAGE_CACHE)).match(url.href) : undefined;
  const fresh = fetch(request).then(async (response) => {
    await keepPage(url, response.clone());
    return response;
  });
  if (kept) {
    (event as FetchEvent).waitUntil(fresh.catch(() => undefined));
    return kept;
  }
  const late = new Promise<undefined>((done) => setTimeout(() => done(undefined), PAGE_WAIT_MS));
  const answer = await Promise.race([fresh.catch(() => undefined), late]);
  return answer && answer.status < 500 ? answer : shell(options);
}

async function keepLanguages(langs: Iterable<string>): Promise<void> {
  const cache = await caches.open(LOCALE_CACHE);
  const wanted = [...langs].flatMap((lng) => locales.get(lng) ?? []);
  await Promise.all(wanted.map(async (u) => (await cache.match(u)) ?? cache.add(u)));
}

// A new version fetches the new files of every language already in use, so an update never loses one offline.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(LOCALE_CACHE);
      await keepLanguages(languagesIn((await cache.keys()).map((r) => new URL(r.url).pathname)));
    })().catch(() => undefined),
  );
  // The page that registered this worker is not controlled yet: its area's pack is kept before the worker takes over,
  // so "ready for offline" includes the facts of the area the person is in (a failure never stops the install).
  // Its language's string files too, so a first visit that loses signal at once still reads in that language.
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of pages) await cachePackOf(client.url, AbortSignal.timeout(PACK_AT_INSTALL_MS)).catch(() => undefined);
      const langs = pages.map((c) => languageOfPage(new URL(c.url).pathname)).filter((l): l is string => !!l && locales.has(l));
      const limit = new Promise<void>((done) => setTimeout(done, PACK_AT_INSTALL_MS));
      await Promise.race([keepLanguages(langs), limit]).catch(() => undefined);
    })().catch(() => undefined),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(LOCALE_CACHE);
      for (const request of await cache.keys()) {
        if (!currentLocaleFiles.has(new URL(request.url).pathname)) await cache.delete(request);
      }
      for (const client of await self.clients.matchAll({ type: 'window' })) await cachePackOf(client.url).catch(() => undefined);
      // Pages kept by the last version point to its files: start again, with the pages open now (served before this worker).
      await caches.delete(PAGE_CACHE);
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = new URL(client.url);
        if (keepable(url))
          await fetch(url.href).then(
            (r) => keepPage(url, r),
            () => undefined,
          );
      }
      // This version's files are all cached (install finished): this is when the phone saved the copy it shows offline.
      const saved = await caches.open(SAVED_COPY_CACHE);
      await saved.put(
        SAVED_COPY_URL,
        new Response(JSON.stringify({ savedAt: Date.now() }), { headers: { 'content-type': 'application/json' } }),
      );
    })(),
  );
});

/** Languages whose every file is in the cache. */
async function languagesKept(): Promise<string[]> {
  const cache = await caches.open(LOCALE_CACHE);
  const held = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  return [...locales].filter(([, files]) => files.every((f) => held.has(f))).map(([lng]) => lng);
}

// For helpers: drop every language not in `keep`; each comes back the next time it is used online.
async function dropLanguagesExcept(keep: readonly string[]): Promise<void> {
  const cache = await caches.open(LOCALE_CACHE);
  for (const request of await cache.keys()) {
    const lng = languagesIn([new URL(request.url).pathname])
      .values()
      .next().value;
    if (lng && !keep.includes(lng)) await cache.delete(request);
  }
}

type Message = { type?: string; lang?: unknown; keep?: unknown; area?: unknown } | null;

async function answer(data: Message): Promise<unknown> {
  if (data?.type === 'KEEP_ALL_LANGUAGES') await keepLanguages(locales.keys());
  if (data?.type === 'DROP_LANGUAGES' && Array.isArray(data.keep))
    await dropLanguagesExcept(data.keep.filter((k): k is string => typeof k === 'string'));
  return { ok: true, langs: await languagesKept() };
}

self.addEventListener('message', (event) => {
  const data = event.data as Message;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (data?.type === 'KEEP_LANGUAGE' && typeof data.lang === 'string') event.waitUntil(keepLanguages([data.lang]).catch(() => undefined));
  // The area was reached inside the page (no navigation for the worker to see): keep its pack for offline use.
  if (data?.type === 'KEEP_PACK' && typeof data.area === 'string')
    event.waitUntil(cachePackOf(`${self.location.origin}/en/${encodeURIComponent(data.area)}/`).catch(() => undefined));
  const port = event.ports[0];
  if (port && ['KEEP_ALL_LANGUAGES', 'DROP_LANGUAGES', 'LANGUAGES_KEPT'].includes(data?.type ?? '')) {
    event.waitUntil(
      answer(data).then(
        (reply) => port.postMessage(reply),
        () => port.postMessage({ ok: false, langs: [] }),
      ),
    );
  }
});
