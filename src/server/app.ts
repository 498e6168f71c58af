// The HTTP application: security headers, compression, the API, the staff inbox, then the built app.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Database } from './db/database';
import { RateLimiter, type RateLimitOptions } from './intake/rate-limit';
import { mountReports } from './routes/reports';
import { mountStatic } from './routes/static';
import { securityHeaders } from './security';

export interface AppOptions {
  staticDir: string;
  db: Database;
  /** per-client limit on POST /api/reports */
  rateLimit?: RateLimitOptions;
  /** believe X-Forwarded-For/-Host/-Proto from a reverse proxy */
  trustProxy?: boolean;
  /** how long a client may take to send its body */
  bodyTimeoutMs?: number;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const trustProxy = options.trustProxy ?? false;
  app.use('*', securityHeaders());
  app.use('*', compress());
  app.get('/api/health', (c) => c.json({ ok: true }));
  mountReports(app, {
    db: options.db,
    limiter: new RateLimiter(options.rateLimit ?? { perMinute: 60, burst: 60 }),
    trustProxy,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 30_000,
  });
  app.all('/api/*', (c) => c.json({ error: 'not_found' }, 404));
  mountStatic(app, options.staticDir);
  app.onError((err, c) => {
    // The error's name only: messages can carry SQL or personal data.
    console.error('request failed:', err.name);
    return c.json({ error: 'server_error' }, 500);
  });
  return app;
}
