// A valid report and a way to post it in-process, for the server tests.
import type { Hono } from 'hono';
import type { Database } from '../db/database';
import { sampleReport } from '../../../test/fixtures/sample-report';

/** The shared sample report as a plain object a test may bend out of shape. */
export function validReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...sampleReport(), ...overrides };
}

export function postReport(app: Hono, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
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
