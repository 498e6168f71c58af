// A photo report over a 64 kbit/s link takes longer than the old 30 s body deadline: it must still land, once.
// The body's timeout is on silence; a body that keeps trickling is cut only by the cap on the whole.
import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppOptions } from '../app';
import type { Database } from '../db/database';
import { countReports, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';
import { startThrottleProxy } from '../testing/throttle-proxy';

interface Answer {
  status: number;
  body: string;
}

function post(port: number, key: string, write: (req: ReturnType<typeof request>) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'idempotency-key': key };
    const req = request({ host: '127.0.0.1', port, path: '/api/reports', method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    write(req);
  });
}

async function listen(db: Database, options: Partial<AppOptions>): Promise<{ port: number; server: Server }> {
  const app = createTestApp(db, options);
  return new Promise((ready) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      ready({ port: (server.address() as AddressInfo).port, server }),
    ) as Server;
  });
}

/** Writes `text` in `pieces` parts, `gapMs` apart. */
function trickle(text: string, pieces: number, gapMs: number) {
  return (req: ReturnType<typeof request>) => {
    req.on('error', () => undefined);
    const size = Math.ceil(text.length / pieces);
    let i = 0;
    const timer = setInterval(() => {
      req.write(text.slice(i * size, (i + 1) * size));
      if (++i === pieces) {
        clearInterval(timer);
        req.end();
      }
    }, gapMs);
  };
}

const close = (server: Server) => {
  server.closeAllConnections();
  return new Promise((r) => server.close(r));
};

describe('a report body on a slow link', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDrivers()[0]!.open();
  });
  afterAll(() => db.close());

  it('lands exactly once with a 280 KB photo paced at 64 kbit/s, with the default limits', async () => {
    const { port, server } = await listen(db, {});
    const proxy = await startThrottleProxy(port, 64_000);
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(280 * 1024 - 3)]).toString('base64');
    const report = validReport({ photos: [{ type: 'image/jpeg', data: photo }] });
    const text = JSON.stringify(report);
    const before = await countReports(db);
    const started = Date.now();
    const res = await post(proxy.port, String(report.id), (req) => req.end(text));
    const tookMs = Date.now() - started;
    expect(res.status, res.body).toBe(201);
    // Slower than the old 30 s deadline on the whole body, so the test means something.
    expect(tookMs).toBeGreaterThan(30_000);
    expect(proxy.uploaded()).toBeGreaterThan(text.length);
    expect(await countReports(db)).toBe(before + 1);
    await proxy.close();
    await close(server);
  }, 120_000);

  it('keeps reading a body that pauses, but never longer than the silence allowed', async () => {
    const { port, server } = await listen(db, { bodyTimeoutMs: 400, bodyTotalMs: 20_000 });
    const report = validReport();
    // Ten pieces 200 ms apart: 2 s in all, five times the silence allowed, never silent for long.
    const res = await post(port, String(report.id), trickle(JSON.stringify(report), 10, 200));
    expect(res.status, res.body).toBe(201);
    await close(server);
  });

  it('answers 408 to a body that keeps trickling past the cap on the whole', async () => {
    const { port, server } = await listen(db, { bodyTimeoutMs: 400, bodyTotalMs: 1_000 });
    const before = await countReports(db);
    const report = validReport();
    const started = Date.now();
    const res = await post(port, String(report.id), trickle(JSON.stringify(report), 40, 100));
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await countReports(db)).toBe(before);
    await close(server);
  });
});
