// Entry point: read the environment, open the database, start listening. The only file with side effects at import.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { BODY_TOTAL_MS, createApp } from './app';
import { readConfig } from './config';
import { seedPacks } from './content/pack-seed';
import { openDatabase } from './db/open-database';
import { StorageGuard } from './db/storage-guard';
import { scheduleRetention } from './staff/retention';
import { loadRenderer } from './page-renderer';

const config = readConfig(process.env);
const db = await openDatabase(config);
await seedPacks(db);
const storage = new StorageGuard(config.databaseUrl ? undefined : config.dataDir, config.minFreeDiskMb * 1024 * 1024);

const app = createApp({
  staticDir: config.staticDir,
  db,
  rateLimit: { perMinute: config.rateLimitPerMinute, burst: config.rateLimitBurst },
  areaRateLimit: { perMinute: config.areaRateLimitPerMinute, burst: config.areaRateLimitBurst },
  trustProxy: config.trustProxy,
  storage,
  renderer: loadRenderer({ origin: config.publicOrigin }),
});

// Logs only the error's name: a database message could quote personal data.
const stopRetention = scheduleRetention(
  db,
  config.retentionDays,
  (err) => console.error('retention run failed:', err.name),
  () => !storage.isFull(),
);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const shown = config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`Waymark listening on http://${shown}:${info.port} (${db.driver} database); pages are drawn for ${config.publicOrigin}`);
}) as Server;
// Slow clients cannot hold a connection open indefinitely; a report's body has its own silence and total limits.
server.headersTimeout = 15_000;
server.requestTimeout = BODY_TOTAL_MS + 60_000;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal, or connections that will not finish within 5 s, end the process at once.
    if (stopping) process.exit(1);
    stopping = true;
    stopRetention();
    setTimeout(() => process.exit(1), 5_000).unref();
    // Closing the embedded database checkpoints, which a full disk would wedge; what was acknowledged is in the WAL.
    server.close(() => (storage.isFull() ? process.exit(0) : void db.close().finally(() => process.exit(0))));
    server.closeIdleConnections();
  });
}
