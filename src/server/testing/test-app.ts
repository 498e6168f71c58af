// Builds the app over a test database with settings tests can tighten (rate limits, body timeout).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../app';
import type { Database } from '../db/database';

let staticDir: string | undefined;

function emptyStaticDir(): string {
  if (!staticDir) {
    staticDir = mkdtempSync(join(tmpdir(), 'waymark-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Waymark</title>');
  }
  return staticDir;
}

export function createTestApp(db: Database, options: Partial<AppOptions> = {}): Hono {
  return createApp({
    staticDir: emptyStaticDir(),
    db,
    rateLimit: { perMinute: 100_000, burst: 100_000 },
    areaRateLimit: { perMinute: 100_000, burst: 100_000 },
    statusRateLimit: { perMinute: 100_000, burst: 100_000 },
    ...options,
  });
}
