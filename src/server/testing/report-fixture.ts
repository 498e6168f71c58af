// A valid report and a way to post it in-process, for the server tests.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { Database } from '../db/database';

export function validReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: randomUUID(),
    area: 'sefton',
    category: 'repair',
    language: 'ar',
    createdAt: '2026-11-23T09:00:00.000Z',
    description: 'لا يوجد ماء ساخن منذ ثلاثة أيام',
    details: { room: 'bathroom', problem: 'hotWater' },
    contact: { method: 'phone', name: 'Amina', phone: '07700 900123' },
    consent: true,
    ...overrides,
  };
}

export function postReport(
  app: Hono,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const key = (body as { id?: unknown } | null)?.id;
  return Promise.resolve(
    app.request('/api/reports', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(typeof key === 'string' ? { 'idempotency-key': key } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export async function countReports(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
  return row?.n ?? 0;
}
