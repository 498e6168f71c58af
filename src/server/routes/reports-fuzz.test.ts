// Whatever arrives, the answer is a 4xx with a JSON body, never a 5xx, and nothing is stored.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateReport } from '../../shared/report';
import type { Database } from '../db/database';
import { countReports, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

const RUNS = 60;

async function expectRefused(res: Response): Promise<void> {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect('error' in body || 'errors' in body).toBe(true);
}

const header = fc.option(fc.oneof(fc.uuid(), fc.string(), fc.constant(''), fc.constant('"not-a-uuid"')), { nil: undefined });
const contentType = fc.option(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data', '', 'application/jsonx'),
  { nil: undefined },
);

/** A valid report with one field replaced by something of the wrong shape. */
const brokenReport = fc
  .record({
    field: fc.constantFrom('schemaVersion', 'id', 'area', 'category', 'language', 'createdAt', 'description', 'details', 'contact', 'consent', 'photos', 'onBehalf'),
    value: fc.oneof(
      fc.jsonValue(),
      fc.string({ minLength: 5001, maxLength: 6000 }),
      fc.constant(null),
      fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }),
      fc.constant({ __proto__: { admin: true } }),
    ),
  })
  // Some random values are valid for their field (any short text is a description): those are not bad input.
  .filter(({ field, value }) => !validateReport({ ...validReport(), [field]: value }).ok);

describe.each(testDrivers())('POST /api/reports with bad input on $name', (driver) => {
  let db: Database;
  let stored: number;
  beforeAll(async () => {
    db = await driver.open();
    stored = await countReports(db);
  });
  afterAll(async () => {
    expect(await countReports(db)).toBe(stored);
    await db.close();
  });

  it('refuses random JSON with any headers', async () => {
    const app = createTestApp(db);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), header, contentType, async (body, key, type) => {
        const headers: Record<string, string> = {};
        if (key !== undefined) headers['idempotency-key'] = key;
        if (type !== undefined) headers['content-type'] = type;
        await expectRefused(await app.request('/api/reports', { method: 'POST', headers, body: JSON.stringify(body) }));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a report with one field of the wrong type or size', async () => {
    const app = createTestApp(db);
    await fc.assert(
      fc.asyncProperty(brokenReport, async ({ field, value }) => {
        const report = { ...validReport(), [field]: value };
        const id = typeof report.id === 'string' ? report.id : crypto.randomUUID();
        const headers = { 'content-type': 'application/json', 'idempotency-key': id };
        await expectRefused(await app.request('/api/reports', { method: 'POST', headers, body: JSON.stringify(report) }));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses random bytes, broken UTF-8 and truncated JSON', async () => {
    const app = createTestApp(db);
    const valid = new TextEncoder().encode(JSON.stringify(validReport()));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.nat(valid.length - 1).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat(valid.length - 1), fc.constantFrom(0x80, 0xc3, 0xed, 0xff)).map(([at, b]) => {
        const copy = valid.slice();
        copy[at] = b;
        return copy;
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (body) => {
        const headers = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
        await expectRefused(await app.request('/api/reports', { method: 'POST', headers, body }));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses deeply nested JSON and an empty body', async () => {
    const app = createTestApp(db);
    const headers = { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() };
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    await expectRefused(await app.request('/api/reports', { method: 'POST', headers, body: deep }));
    const deepObject = '{"details":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    await expectRefused(await app.request('/api/reports', { method: 'POST', headers, body: deepObject }));
    await expectRefused(await app.request('/api/reports', { method: 'POST', headers }));
    await expectRefused(await app.request('/api/reports', { method: 'POST', headers, body: '' }));
  });
});
