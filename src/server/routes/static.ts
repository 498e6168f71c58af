// Serves the built app from memory: hashed assets cached for a year, the shell and worker never cached, app routes get index.html.
import type { Context, Hono } from 'hono';
import type { PageRenderer } from '../../shared/page-render';
import type { InlineScript } from './inline-loader';
import { createPageServer, type AreaPackSource, type CachedPage } from './pages';
import { loadStaticFiles, pickEncoding, type StaticFile } from './static-files';

const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/boot.js', '/load.js']);

/** `page`: how a drawn page is sent (pages.ts): personal (no-store), or drawn for a request header (Vary). */
function send(c: Context, path: string, file: StaticFile, page: Pick<CachedPage, 'personal' | 'drawnFor'> = {}): Response {
  const cache = page.personal
    ? 'no-store'
    : path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : NO_CACHE.has(path) || file.type.startsWith('text/html')
        ? 'no-cache'
        : undefined;
  const vary = ['Accept-Encoding', ...(page.drawnFor ? [page.drawnFor] : [])].join(', ');
  const headers: Record<string, string> = { 'Content-Type': file.type, ETag: file.etag, Vary: vary };
  if (cache) headers['Cache-Control'] = cache;
  if (
    c.req
      .header('If-None-Match')
      ?.split(/\s*,\s*/)
      .includes(file.etag)
  )
    return c.body(null, 304, headers);
  const encoding = pickEncoding(file, c.req.header('Accept-Encoding'));
  if (encoding) headers['Content-Encoding'] = encoding;
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  const body = encoding ? file[encoding]! : file.raw;
  return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), 200, headers);
}

/** Serves the built app and its pages; the promise says when every file also has its brotli copy (tests wait for it). */
export function mountStatic(
  app: Hono,
  root: string,
  renderer?: PageRenderer,
  packs?: AreaPackSource,
  loader?: InlineScript,
): Promise<void> {
  const { files, compressed } = loadStaticFiles(root);
  const shell = files.get('/index.html');
  // The build's content version: a new build (new words, new facts) changes every page's ETag.
  const pages = renderer && shell ? createPageServer(renderer, files, shell.etag, packs, loader) : undefined;
  app.on(['GET', 'HEAD'], '*', async (c) => {
    const url = new URL(c.req.url);
    const path = decodeURIComponentSafe(url.pathname);
    // The build's own bookkeeping (the manifest) is not served.
    // `/` is an app route (the first visit's choice of language), drawn like the others; /index.html is the shell.
    const file =
      path === undefined || path === '/' || path.startsWith('/.') ? undefined : files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (file) return send(c, path!, file);
    // A missing file is a 404; any other path is an app route.
    if (path === undefined || path.startsWith('/api/') || path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return c.notFound();
    if (!shell) return c.notFound();
    const page = await pages?.page(url.pathname, url.searchParams, c.req.header('Accept-Language')).catch(() => undefined);
    return page ? send(c, url.pathname, asFile(page), page) : send(c, '/index.html', shell);
  });
  return compressed;
}

function asFile(page: CachedPage): StaticFile {
  return { type: 'text/html; charset=utf-8', ...page };
}

function decodeURIComponentSafe(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
