// Serves the built app: hashed assets cached for a year, the shell and worker never cached, app routes get index.html.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/boot.js']);

export function mountStatic(app: Hono, root: string): void {
  app.use('*', async (c, next) => {
    await next();
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/assets/') && c.res.status === 200) {
      c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    } else if (NO_CACHE.has(path) || c.res.headers.get('Content-Type')?.startsWith('text/html')) {
      c.res.headers.set('Cache-Control', 'no-cache');
    }
  });
  app.use('*', serveStatic({ root }));
  let shell: string | undefined;
  app.get('*', async (c) => {
    const path = new URL(c.req.url).pathname;
    // A missing file is a 404; any other path is an app route.
    if (path.startsWith('/api/') || path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) return c.notFound();
    shell ??= await readFile(join(root, 'index.html'), 'utf8');
    return c.html(shell);
  });
}
