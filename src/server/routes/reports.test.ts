import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database';
import { isValidReference } from '../intake/reference';
import { countReports, postReport, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('POST /api/reports on $name', (driver) => {
  let db: Database;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => db.close());
  const app = () => createTestApp(db);

  it('answers 201 with a reference in the area format on first receipt', async () => {
    const res = await postReport(app(), validReport({ area: 'stockton' }));
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    expect(reference).toMatch(/^STO-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/);
    expect(isValidReference(reference)).toBe(true);
  });

  it('records its own receipt time beside the time the phone gave', async () => {
    const report = validReport({ createdAt: '2020-01-01T00:00:00.000Z' });
    const before = Date.now();
    await postReport(app(), report);
    const [row] = await db.query<{ created_at: Date; received_at: Date }>(
      'SELECT created_at, received_at FROM reports WHERE idempotency_key = $1',
      [report.id],
    );
    expect(row?.created_at.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(row!.received_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('replays 200 with the same reference for the same key and body, however the JSON is laid out', async () => {
    const report = validReport();
    const first = await postReport(app(), report);
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(report).reverse()), null, 2);
    const again = await postReport(app(), reordered, { 'idempotency-key': String(report.id) });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE idempotency_key = $1', [report.id]);
    expect(row?.n).toBe(1);
  });

  it('refuses 422 the same key with a different body and keeps the first', async () => {
    const report = validReport();
    await postReport(app(), report);
    const res = await postReport(app(), { ...report, description: 'something else' });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: 'key_reused' });
    const [row] = await db.query<{ body: { description: string } }>('SELECT body FROM reports WHERE idempotency_key = $1', [report.id]);
    expect(row?.body.description).toBe(report.description);
  });

  it('accepts the key as a quoted structured-field string', async () => {
    const report = validReport();
    const res = await postReport(app(), report, { 'idempotency-key': `"${String(report.id)}"` });
    expect(res.status).toBe(201);
  });

  it.each([
    ['missing', undefined, 'required'],
    ['not a uuid', 'abc', 'invalid'],
  ])('answers 400 when the Idempotency-Key is %s', async (_, key, code) => {
    const report = validReport();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers['idempotency-key'] = key;
    const res = await app().request('/api/reports', { method: 'POST', headers, body: JSON.stringify(report) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ field: 'idempotencyKey', code }] });
  });

  it('answers 400 when the key is not the report id', async () => {
    const res = await postReport(app(), validReport(), { 'idempotency-key': crypto.randomUUID() });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ field: 'id', code: 'key_mismatch' }] });
  });

  it('answers 400 with field and code for an invalid report and stores nothing', async () => {
    const before = await countReports(db);
    const res = await postReport(app(), validReport({ description: '  ', details: { room: 'bathroom' } }));
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: unknown[] };
    expect(errors).toContainEqual({ field: 'description', code: 'required' });
    expect(errors).toContainEqual({ field: 'details.problem', code: 'required' });
    expect(await countReports(db)).toBe(before);
  });

  it('refuses a call or WhatsApp with no number to call, as the form does (one contract)', async () => {
    for (const method of ['phone', 'whatsapp']) {
      const res = await postReport(app(), validReport({ contact: { method, name: 'Amina', phone: ' ' } }));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: 'contact.phone', code: 'required' }]);
    }
    expect((await postReport(app(), validReport({ contact: { method: 'in-person', name: 'Amina' } }))).status).toBe(201);
  });

  it('answers 400 for a body that is not JSON or not UTF-8', async () => {
    const key = crypto.randomUUID();
    const headers = { 'content-type': 'application/json', 'idempotency-key': key };
    const notJson = await app().request('/api/reports', { method: 'POST', headers, body: '{"id":' });
    expect(await notJson.json()).toEqual({ errors: [{ field: 'body', code: 'invalid_json' }] });
    const broken = await app().request('/api/reports', { method: 'POST', headers, body: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]) });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ errors: [{ field: 'body', code: 'invalid_encoding' }] });
  });

  it('answers 415 for a body that is not declared as JSON', async () => {
    const report = validReport();
    const res = await postReport(app(), report, { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'unsupported_media_type' });
  });

  it('answers 413 when the declared or the streamed body is over the limit', async () => {
    const report = validReport();
    const declared = await postReport(app(), report, { 'content-length': '2000000' });
    expect(declared.status).toBe(413);
    const huge = new TextEncoder().encode(JSON.stringify({ ...report, description: 'x'.repeat(1_700_000) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < huge.length; i += 64_000) controller.enqueue(huge.slice(i, i + 64_000));
        controller.close();
      },
    });
    const streamed = await app().request('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': String(report.id) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: 'too_large' });
  });

  it('answers 408 when the body stops arriving', async () => {
    const report = validReport();
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'));
      },
    });
    const res = await createTestApp(db, { bodyTimeoutMs: 50 }).request('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': String(report.id) },
      body: stalled,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(408);
  });

  it('answers 429 with Retry-After once a client has used its allowance', async () => {
    const limited = createTestApp(db, { rateLimit: { perMinute: 6, burst: 2 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await postReport(limited, validReport())).status);
    expect(statuses).toEqual([201, 201, 429]);
    const res = await postReport(limited, validReport());
    expect(res.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(await res.json()).toEqual({ error: 'rate_limited' });
  });

  it('counts each client behind a trusted proxy separately', async () => {
    const limited = createTestApp(db, { rateLimit: { perMinute: 1, burst: 1 }, trustProxy: true });
    const a = await postReport(limited, validReport(), { 'x-forwarded-for': '198.51.100.1' });
    const b = await postReport(limited, validReport(), { 'x-forwarded-for': '198.51.100.2' });
    const a2 = await postReport(limited, validReport(), { 'x-forwarded-for': '198.51.100.1' });
    expect([a.status, b.status, a2.status]).toEqual([201, 201, 429]);
  });

  it('limits new reports per area from all clients together, so rotating addresses does not get round it', async () => {
    const limited = createTestApp(db, {
      rateLimit: { perMinute: 1, burst: 1 },
      areaRateLimit: { perMinute: 1, burst: 3 },
      trustProxy: true,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await postReport(limited, validReport(), { 'x-forwarded-for': `198.51.100.${10 + i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const other = await postReport(limited, validReport({ area: 'stockton' }), { 'x-forwarded-for': '198.51.100.40' });
    expect(other.status).toBe(201);
  });

  it('counts every address of one IPv6 /64 as one client', async () => {
    const limited = createTestApp(db, { rateLimit: { perMinute: 1, burst: 1 }, trustProxy: true });
    const a = await postReport(limited, validReport(), { 'x-forwarded-for': '2001:db8:5:6::1' });
    const b = await postReport(limited, validReport(), { 'x-forwarded-for': '2001:db8:5:6:ffff::2' });
    expect([a.status, b.status]).toEqual([201, 429]);
  });

  it('refuses a post from another origin and accepts one from its own', async () => {
    const cross = await postReport(app(), validReport(), { origin: 'https://evil.example', host: 'waymark.example' });
    expect(cross.status).toBe(403);
    const fetchSite = await postReport(app(), validReport(), { 'sec-fetch-site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    const same = await postReport(app(), validReport(), { origin: 'https://waymark.example', host: 'waymark.example' });
    expect(same.status).toBe(201);
  });

  it('keeps photos as bytes beside the report', async () => {
    const report = validReport({ photos: [{ type: 'image/png', data: Buffer.from('not really a png').toString('base64') }] });
    expect((await postReport(app(), report)).status).toBe(201);
    const [row] = await db.query<{ data: Uint8Array; media_type: string }>(
      'SELECT p.data, p.media_type FROM report_photos p JOIN reports r ON r.id = p.report_id WHERE r.idempotency_key = $1',
      [report.id],
    );
    expect(row?.media_type).toBe('image/png');
    expect(Buffer.from(row!.data).toString()).toBe('not really a png');
  });

  it('sends the security headers with API answers', async () => {
    const res = await app().request('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('POST /api/reports when the database fails', () => {
  it('answers 500 with no SQL or stack trace, and logs neither', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = {
      driver: 'pglite',
      query: () => Promise.reject(new Error('relation "reports" does not exist: INSERT INTO reports (secret)')),
      exec: () => Promise.resolve(),
      transaction: () => Promise.reject(new Error('no')),
      close: () => Promise.resolve(),
    } satisfies Database;
    const res = await postReport(createTestApp(failing), validReport());
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toBe('{"error":"server_error"}');
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/INSERT|secret|relation/);
    log.mockRestore();
  });
});
