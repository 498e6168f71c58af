// Serves the built app from memory: hashed assets cached for a year, the shell and worker never cached, app routes get index.html.
import type { Context, Hono } from 'hono';
import { loadStaticFiles, pickEncoding, type StaticFile } from './static-files';

const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/boot.js']);

function send(c: Context, path: string, file: StaticFile): Response {
  const cache = path.startsWith('/assets/')
    ? 'public, max-age=31536000, immutable'
    : NO_CACHE.has(path) || file.type.startsWith('text/html')
      ? 'no-cache'
      : undefined;
  const headers: Record<string, string> = { 'Content-Type': file.type, ETag: file.etag, Vary: 'Accept-Encoding' };
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

/** Serves the built app; the promise says when every file also has its brotli copy (tests wait for it). */
export function mountStatic(app: Hono, root: string): Promise<void> {
  const { files, compressed } = loadStaticFiles(root);
  app.on(['GET', 'HEAD'], '*', (c) => {
    const path = decodeURIComponentSafe(new URL(c.req.url).pathname);
    const file = path === undefined ? undefined : files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (file) return send(c, path!, file);
    // A missing file is a 404; any other path is an app route.
    if (path === undefined || path.startsWith('/api/') || path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return c.notFound();
    const shell = files.get('/index.html');
    return shell ? send(c, '/index.html', shell) : c.notFound();
  });
  return compressed;
}

function decodeURIComponentSafe(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
