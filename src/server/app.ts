// The HTTP application: security headers, compression, the API, the staff inbox, then the built app.
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import type { PageRenderer } from '../shared/page-render';
import type { Database } from './db/database';
import { StorageGuard } from './db/storage-guard';
import { RateLimiter, type RateLimitOptions } from './intake/rate-limit';
import { mountReportStatus } from './routes/report-status';
import { createPackBodies, mountPacks } from './content/pack-route';
import { mountReports } from './routes/reports';
import { createStaffApp } from './routes/staff';
import { prepareDecoy } from './staff/password';
import { readInlineLoader } from './routes/inline-loader';
import { mountStatic } from './routes/static';
import { securityHeaders } from './security';

/** 1.6 MB at a weak 32 kbit/s takes under 7 minutes. */
export const BODY_TOTAL_MS = 10 * 60_000;

export interface AppOptions {
  staticDir: string;
  db: Database;
  /** renders app routes to HTML (dist-server/render.js); none: every app route gets the shell */
  renderer?: PageRenderer;
  /** per-client limit on POST /api/reports */
  rateLimit?: RateLimitOptions;
  /** per-client limit on status questions (GET /api/reports/<reference>/status) */
  statusRateLimit?: RateLimitOptions;
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
  /** stops writes while the disk is (nearly) full; none: only disk-full errors are watched */
  storage?: StorageGuard;
  /** the clock for sessions, lockouts and status changes */
  now?: () => Date;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const trustProxy = options.trustProxy ?? false;
  void prepareDecoy();
  const storage = options.storage ?? new StorageGuard(undefined, 0);
  const storageFull = (c: Context) => {
    c.header('Retry-After', '60');
    return c.json({ error: 'storage_full' }, 503);
  };
  // Read once: the same bytes are written into the pages and hashed into the CSP.
  const loader = readInlineLoader(options.staticDir);
  app.use('*', securityHeaders(loader ? [loader.hash] : []));
  // API answers are a few bytes: compressing them would only cost time (content packs come compressed once per version).
  const compressOthers = compress();
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : compressOthers(c, next)));
  app.get('/api/health', (c) => (storage.isFull() ? c.json({ ok: false, problem: 'storage_full' }, 503) : c.json({ ok: true })));
  // Nothing that writes starts while the disk is full: the database must never fail a checkpoint.
  app.use('*', async (c, next) => {
    const writes = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (writes && storage.isFull())
      return c.req.path.startsWith('/api/') ? storageFull(c) : c.text('The server is out of disk space. Try again later.', 503);
    await next();
  });
  mountReports(app, {
    db: options.db,
    limiter: new RateLimiter(options.rateLimit ?? { perMinute: 60, burst: 60 }),
    areaLimiter: new RateLimiter(options.areaRateLimit ?? { perMinute: 600, burst: 300 }),
    trustProxy,
    bodyTimeouts: { idleMs: options.bodyTimeoutMs ?? 30_000, totalMs: options.bodyTotalMs ?? BODY_TOTAL_MS },
  });
  mountReportStatus(app, { db: options.db, limiter: new RateLimiter(options.statusRateLimit ?? { perMinute: 30, burst: 30 }), trustProxy });
  const packBodies = createPackBodies(options.db);
  mountPacks(app, options.db, packBodies);
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
  // Files are served (gzip) at once; a failed brotli copy only means gzip goes on being served.
  void mountStatic(
    app,
    options.staticDir,
    options.renderer,
    async (area) => {
      const entry = await packBodies.current(area);
      return entry && { version: entry.version, body: entry.body };
    },
    loader,
  ).catch(() => undefined);
  app.onError((err, c) => {
    if (storage.noteError(err)) {
      console.error('request failed: the disk is full');
      return c.req.path.startsWith('/api/') ? storageFull(c) : c.text('The server is out of disk space. Try again later.', 503);
    }
    // The error's name only: messages can carry SQL or personal data.
    console.error('request failed:', err.name);
    return c.json({ error: 'server_error' }, 500);
  });
  return app;
}
