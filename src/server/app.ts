// The HTTP application: security headers, compression, the API, then the built app.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { securityHeaders } from './security';
import { mountStatic } from './routes/static';

export interface AppOptions {
  staticDir: string;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', compress());
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => c.json({ error: 'not_found' }, 404));
  mountStatic(app, options.staticDir);
  app.onError((err, c) => {
    console.error('request failed:', err.name);
    return c.json({ error: 'server_error' }, 500);
  });
  return app;
}
