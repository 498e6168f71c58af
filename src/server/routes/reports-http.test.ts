// The same contract over a real socket, where the body is read straight from Node's request stream.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { countReports, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(port: number, headers: Record<string, string>, write: (req: ReturnType<typeof request>) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/reports', method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    write(req);
  });
}

describe.each(testDrivers())('POST /api/reports over HTTP on $name', (driver) => {
  let db: Database;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    db = await driver.open();
    const app = createTestApp(db, { bodyTimeoutMs: 300 });
    await new Promise<void>((ready) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready()) as Server;
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await db.close();
  });
  const json = (id: string) => ({ 'content-type': 'application/json', 'idempotency-key': id });

  it('stores a report sent in several chunks and replays it', async () => {
    const report = validReport();
    const text = JSON.stringify(report);
    const chunked = (req: ReturnType<typeof request>) => {
      req.write(text.slice(0, 40));
      req.end(text.slice(40));
    };
    const first = await send(port, json(String(report.id)), chunked);
    expect(first.status).toBe(201);
    const again = await send(port, json(String(report.id)), chunked);
    expect(again.status).toBe(200);
    expect(again.body).toBe(first.body);
  });

  it('stops reading a chunked body once it passes the limit, and closes the connection', async () => {
    const before = await countReports(db);
    const big = Buffer.alloc(200_000, 'x');
    const res = await send(port, json(crypto.randomUUID()), (req) => {
      req.on('error', () => undefined);
      for (let i = 0; i < 9; i++) req.write(big);
      req.end();
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ error: 'too_large' });
    expect(res.headers.connection).toBe('close');
    expect(await countReports(db)).toBe(before);
  });

  it('answers 400 for broken UTF-8', async () => {
    const res = await send(port, json(crypto.randomUUID()), (req) => req.end(Buffer.from([0x7b, 0xff, 0x7d])));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ errors: [{ field: 'body', code: 'invalid_encoding' }] });
  });

  it('answers 408 when a client stops sending half-way', async () => {
    const res = await send(port, { ...json(crypto.randomUUID()), 'content-length': '500' }, (req) => req.write('{"id":'));
    expect(res.status).toBe(408);
  });
});
