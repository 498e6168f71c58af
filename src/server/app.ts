// The HTTP application: security headers, compression, the API, the staff inbox, then the built app.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Database } from './db/database';
import { RateLimiter, type RateLimitOptions } from './intake/rate-limit';
import { mountReports } from './routes/reports';
import { createStaffApp } from './routes/staff';
import { prepareDecoy } from './staff/password';
import { mountStatic } from './routes/static';
import { securityHeaders } from './security';

/** 1.6 MB at a weak 32 kbit/s takes under 7 minutes. */
export const BODY_TOTAL_MS = 10 * 60_000;

export interface AppOptions {
  staticDir: string;
  db: Database;
  /** per-client limit on POST /api/reports */
  rateLimit?: RateLimitOptions;
  /** limit on new reports per area from everyone together, so rotating addresses cannot flood an area */
  areaRateLimit?: RateLimitOptions;
  /** believe X-Forwarded-For/-Host/-Proto from a reverse proxy */
  trustProxy?: boolean;
  /** how long a report's body may go silent before 408 */
  bodyTimeoutMs?: number;
  /** how long a whole report body may take (a photo report on 2G needs minutes) */
  bodyTotalMs?: number;
  /** fixed pause in ms before a failed sign-in is answered; tests set 0 */
  loginDelayMs?: number;
  /** the clock for sessions, lockouts and status changes */
  now?: () => Date;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const trustProxy = options.trustProxy ?? false;
  void prepareDecoy();
  app.use('*', securityHeaders());
  // API answers are a few bytes; compressing them would only cost time.
  const compressOthers = compress();
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : compressOthers(c, next)));
  app.get('/api/health', (c) => c.json({ ok: true }));
  mountReports(app, {
    db: options.db,
    limiter: new RateLimiter(options.rateLimit ?? { perMinute: 60, burst: 60 }),
    areaLimiter: new RateLimiter(options.areaRateLimit ?? { perMinute: 600, burst: 300 }),
    trustProxy,
    bodyTimeouts: { idleMs: options.bodyTimeoutMs ?? 30_000, totalMs: options.bodyTotalMs ?? BODY_TOTAL_MS },
  });
  app.all('/api/*', (c) => c.json({ error: 'not_found' }, 404));
  app.get('/staff/', (c) => c.redirect('/staff', 301));
  app.route(
    '/staff',
    createStaffApp({
      db: options.db,
      now: options.now ?? (() => new Date()),
      trustProxy,
      loginDelayMs: options.loginDelayMs ?? 500,
      loginLimiter: new RateLimiter({ perMinute: 10, burst: 10 }),
    }),
  );
  mountStatic(app, options.staticDir);
  app.onError((err, c) => {
    // The error's name only: messages can carry SQL or personal data.
    console.error('request failed:', err.name);
    return c.json({ error: 'server_error' }, 500);
  });
  return app;
}
