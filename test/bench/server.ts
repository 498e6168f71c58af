// Intake throughput: sustained POST /api/reports on loopback for 10 s per database, with bounded
// concurrency over keep-alive connections, against the real server process (embedded, then PostgreSQL).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../e2e/harness';
import { startPostgres } from '../pg';

export interface IntakeFigures {
  throughputPerS: number;
  p99Ms: number;
  /** answers other than 201; any at all means the figures are suspect */
  errors: number;
}

export interface BenchServerOptions {
  durationMs?: number;
  warmupMs?: number;
  concurrency?: number;
  /** progress and reasons for a null figure */
  log?: (message: string) => void;
}

function reportBody(id: string): string {
  return JSON.stringify({
    schemaVersion: 1,
    id,
    area: 'sefton',
    category: 'repair',
    language: 'ar',
    createdAt: new Date().toISOString(),
    description: 'لا يوجد ماء ساخن منذ ثلاثة أيام. The boiler shows error E119 and the radiators are cold in every room.',
    details: { room: 'bathroom', problem: 'hotWater', since: '2026-11-20', access: 'Any weekday morning' },
    contact: { method: 'phone', name: 'Test Person', phone: '07700 900123', language: 'ar', gender: 'any' },
    consent: true,
  });
}

function post(agent: Agent, port: number): Promise<number> {
  const id = randomUUID();
  const body = reportBody(id);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/api/reports',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': id, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Keeps `concurrency` requests in flight until `ms` has passed; returns each latency in ms. */
async function load(port: number, ms: number, concurrency: number): Promise<{ latencies: number[]; errors: number; elapsedMs: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + ms;
  async function worker(): Promise<void> {
    while (performance.now() < end) {
      const t = performance.now();
      const status = await post(agent, port).catch(() => 0);
      if (status === 201) latencies.push(performance.now() - t);
      else errors++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - start;
  agent.destroy();
  return { latencies, errors, elapsedMs };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(env: Record<string, string>, options: Required<Omit<BenchServerOptions, 'log'>>): Promise<IntakeFigures> {
  const staticDir = mkdtempSync(join(tmpdir(), 'waymark-bench-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Waymark</title>');
  const server = await startServer({
    staticDir,
    env: {
      RATE_LIMIT_PER_MINUTE: '100000000',
      RATE_LIMIT_BURST: '100000000',
      AREA_RATE_LIMIT_PER_MINUTE: '100000000',
      AREA_RATE_LIMIT_BURST: '100000000',
      ...env,
    },
  });
  try {
    await load(server.port, options.warmupMs, options.concurrency);
    const { latencies, errors, elapsedMs } = await load(server.port, options.durationMs, options.concurrency);
    latencies.sort((a, b) => a - b);
    return {
      throughputPerS: Math.round((latencies.length / elapsedMs) * 1000),
      p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
      errors,
    };
  } finally {
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  }
}

export async function benchServer(options: BenchServerOptions = {}): Promise<{ embedded: IntakeFigures; postgres: IntakeFigures | null }> {
  const settings = {
    durationMs: options.durationMs ?? 10_000,
    warmupMs: options.warmupMs ?? 2_000,
    concurrency: options.concurrency ?? 32,
  };
  const log = options.log ?? (() => undefined);
  log('intake on the embedded database…');
  const embedded = await measure({}, settings);
  let postgres: IntakeFigures | null = null;
  let pg: Awaited<ReturnType<typeof startPostgres>> | undefined;
  try {
    pg = await startPostgres({ durable: true });
    log('intake on PostgreSQL…');
    postgres = await measure({ DATABASE_URL: pg.url }, settings);
  } catch (err) {
    log(`PostgreSQL figures unavailable: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  } finally {
    await pg?.stop();
  }
  return { embedded, postgres };
}
