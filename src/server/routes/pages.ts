// App routes as real HTML: the shell with the page rendered into #app, cached per URL and content version (ETag).
// Renders run one at a time and yield between them, so intake requests never queue behind a burst of pages.
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { helperQuery } from '../../shared/helper-queries';
import { isLanguageCode, type LanguageCode } from '../../shared/languages';
import { acceptedLanguages, matchLanguage } from '../../shared/match-language';
import type { PageRenderer, RenderedPage } from '../../shared/page-render';
import type { InlineScript } from './inline-loader';
import { assetsOf, readManifest } from './page-assets';
import type { StaticFile } from './static-files';

/** Beyond this many renders waiting, a page is answered with the shell (the app renders it on the phone). */
const MAX_QUEUE = 16;
const KNOWN_NOTICES = new Set(['lang', 'area', 'topic']);
/** Pages drawn for a tool's query (a topic, a language) are many: only the most recently asked for are kept. */
export const QUERY_PAGES_KEPT = 200;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The longest search the server answers in the page; a longer one gets the shell, and the phone searches. */
const MAX_QUERY_CHARS = 100;

/** A search link's page (the search page itself when its query is empty); undefined when it is no search the server draws. */
export function searchKey(path: string, search: URLSearchParams): string | undefined {
  const keys = [...search.keys()];
  if (!path.endsWith('/search') || keys.length !== 1 || keys[0] !== 'q') return undefined;
  const q = search.get('q')!.trim();
  if (q.length > MAX_QUERY_CHARS) return undefined;
  return q ? `${path}?q=${encodeURIComponent(q)}` : path;
}

/** The language `/` offers first: the browser's best that Waymark speaks (one of 21, so the pages kept stay few). */
function guessOf(languages: string | undefined): LanguageCode {
  return matchLanguage(acceptedLanguages(languages));
}

/** The cache key of a URL, or undefined when its query makes it personal (a search) or unknown: those get the shell. */
export function pageKey(path: string, search: URLSearchParams): string | undefined {
  // A tool's query with only real values (helper-queries.ts); a search is searchKey's.
  const tool = helperQuery(path, search);
  if (tool) return `${path}${tool}`;
  const keys = [...search.keys()];
  // `/` as drawn for a browser's language (the server's own query, from Accept-Language).
  if (path === '/') return keys.length === 1 && isLanguageCode(search.get('guess')) ? `/?guess=${search.get('guess')}` : undefined;
  if (keys.some((k) => k !== 'notice')) return undefined;
  const notice = search.get('notice');
  if (notice !== null && !KNOWN_NOTICES.has(notice)) return path;
  return notice ? `${path}?notice=${notice}` : path;
}

export function composePage(shell: string, page: RenderedPage, manifest: ReturnType<typeof readManifest>, loader?: InlineScript): string {
  if (page.kind === 'shell') {
    // Without scripts the app cannot redirect, so the browser does.
    const refresh = page.redirect ? `<noscript><meta http-equiv="refresh" content="0; url=${escapeAttr(page.redirect)}"></noscript>` : '';
    return shell.replace('</head>', `${refresh}</head>`);
  }
  const assets = assetsOf(manifest, page.modules);
  // A drawn topic body's styles come with the page; its code comes after live, or never (paper).
  const bodyStyles = assetsOf(manifest, page.styleModules ?? []).styles.filter((href) => !assets.styles.includes(href));
  // The shell's entry and preloads move to public/load.js (written into the page, else linked), which starts them after the first paint.
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(shell)?.[1];
  const preloads = [...shell.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
  // The strings come in the page (JSON, never run) or else as the build's locale modules, fetched beside the code.
  const locales = page.strings
    ? []
    : [...new Set([page.lang, 'en'])].flatMap((lng) => page.namespaces.map((ns) => manifest[`locales/${lng}/${ns}.json`]?.file));
  // "<" written as \u003c: no string can close the element.
  const strings = page.strings
    ? `<script type="application/json" id="waymark-strings">${JSON.stringify(page.strings).replace(/</g, '\\u003c')}</script>`
    : '';
  const scripts = entry ? [entry, ...preloads, ...assets.scripts, ...locales.filter(Boolean).map((f) => `/${f}`)] : [];
  const styles = [...assets.styles, ...bodyStyles].map((href) => `<link rel="stylesheet" crossorigin href="${href}">`).join('');
  // Before the stylesheets: an inline script after one would wait for it to arrive.
  // The web app manifest (and the icon it names) waits for the first paint too: the loader links it then.
  const webManifest = /<link rel="manifest" href="([^"]+)">/.exec(shell)?.[1];
  const manifestAttr = entry && webManifest ? ` data-manifest="${escapeAttr(webManifest)}"` : '';
  const starter = entry
    ? `<meta name="waymark-scripts" content="${escapeAttr(scripts.join(' '))}"${manifestAttr}>` +
      (loader ? `<script>${loader.source}</script>` : '<script src="/load.js" async></script>')
    : '';
  const data = [`data-ns="${escapeAttr(page.namespaces.join(','))}"`, page.topic ? ` data-topic="${escapeAttr(page.topic)}"` : ''].join('');
  return (
    shell
      .replace(/<html[^>]*>/, `<html lang="${escapeAttr(page.bcp47)}" dir="${page.dir}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
      // <html lang dir> are already right: the boot script is for the shell alone.
      .replace(/\s*<script src="\/boot\.js"><\/script>/, '')
      .replace(/<link rel="stylesheet"|<\/head>/, (first) => `${starter}${first}`)
      .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, entry ? '' : '$&')
      .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, entry ? '' : '$&')
      .replace(/\s*<link rel="manifest" href="[^"]+">/, manifestAttr ? '' : '$&')
      .replace('</head>', `${styles}</head>`)
      .replace(
        /<div id="app"><\/div>/,
        `<div id="app" ${data}>${page.html}</div><noscript><p class="noscript-note">${escapeText(page.noscript)}</p></noscript>`,
      )
      // After the content, so the first screen's bytes come first.
      .replace('</body>', `${strings}</body>`)
  );
}

export interface CachedPage {
  /** a search: sent with no-store, so a shared phone's browser keeps no copy */
  personal?: boolean;
  /** the request header the page was drawn for (`/`: Accept-Language), so a cache in between keeps one copy per value */
  drawnFor?: 'Accept-Language';
  etag: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface PageServer {
  /** the cached page at once, or a render queued behind others; undefined: send the plain shell */
  /** `languages`: the request's Accept-Language, which `/` (the first visit's choice of language) is drawn for */
  page(path: string, search: URLSearchParams, languages?: string): Promise<CachedPage | undefined>;
  /** renders waiting or running, for tests and load checks */
  readonly busy: number;
}

function pack(html: string, contentVersion: string): CachedPage {
  const raw = Buffer.from(html);
  const etag = `"${createHash('sha256').update(contentVersion).update(raw).digest('base64url').slice(0, 22)}"`;
  return { etag, raw, gzip: gzipSync(raw, { level: 9 }), br: brotliCompressSync(raw) };
}

/** The current published pack of an area, as JSON with its version; undefined when there is none. */
export type AreaPackSource = (area: string) => Promise<{ version: string; body: string } | undefined>;

export function createPageServer(
  renderer: PageRenderer,
  files: Map<string, StaticFile>,
  contentVersion: string,
  packs: AreaPackSource = async () => undefined,
  loader?: InlineScript,
): PageServer {
  const shell = files.get('/index.html')?.raw.toString('utf8');
  const manifest = readManifest(files);
  const cache = new Map<string, CachedPage>();
  // Least recently used first (a Map keeps insertion order): a client asking for many queries cannot grow memory.
  const queried = new Map<string, CachedPage>();
  let queue: Promise<unknown> | undefined;
  let busy = 0;
  const server: PageServer = {
    get busy() {
      return busy;
    },
    async page(path, search, languages) {
      if (path === '/' && [...search.keys()].length === 0) {
        const start = await this.page('/', new URLSearchParams({ guess: guessOf(languages) }));
        return start && { ...start, drawnFor: 'Accept-Language' };
      }
      const searched = searchKey(path, search);
      // A search is drawn with its results, but it is personal: rendered for each request and never kept.
      const personal = searched?.includes('?q=') ?? false;
      const key = searched ?? pageKey(path, search);
      if (!shell || key === undefined) return undefined;
      // A page shows its area's published pack: a newly published version is a new page (and a new ETag).
      const area = path.split('/')[2];
      const areaPack = area ? await packs(area).catch(() => undefined) : undefined;
      const version = `${contentVersion}#${areaPack?.version ?? ''}`;
      const cacheKey = `${key}#${areaPack?.version ?? ''}`;
      const kept = key === path || key.startsWith(`${path}?notice=`) ? cache : queried;
      const hit = personal ? undefined : kept.get(cacheKey);
      if (hit && kept === queried) {
        queried.delete(cacheKey);
        queried.set(cacheKey, hit);
      }
      if (hit) return hit;
      if (busy >= MAX_QUEUE) return undefined;
      busy++;
      // Prepared on the first page asked for, so the server starts listening without waiting for it.
      queue ??= renderer.prepare();
      const turn = queue.then(async () => {
        // Let waiting I/O (an intake request) run before this render takes the CPU.
        await new Promise((done) => setImmediate(done));
        const page = await renderer.renderPage(key, areaPack?.body);
        const packed = { ...pack(composePage(shell, page, manifest, loader), version), ...(personal ? { personal: true } : {}) };
        // Only real pages are kept: their keys are bounded (language × area × page × notice × pack version), a tool's query
        // pages by the least recently used rule; a search and odd URLs are not kept.
        if (page.kind === 'page' && !personal) {
          for (const k of kept.keys()) if (k.startsWith(`${key}#`)) kept.delete(k);
          kept.set(cacheKey, packed);
          if (queried.size > QUERY_PAGES_KEPT) queried.delete(queried.keys().next().value!);
        }
        return packed;
      });
      queue = turn.catch(() => undefined);
      try {
        return await turn;
      } finally {
        busy--;
      }
    },
  };
  return server;
}
