// Whatever arrives, the answer is a 4xx with a JSON body, never a 5xx, and nothing is stored.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, DETAIL_FIELDS, validateReport, type Category } from '../../shared/report';
import type { Database } from '../db/database';
import { countReports, postReport, validReport } from '../testing/report-fixture';
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
    field: fc.constantFrom(
      'schemaVersion',
      'id',
      'area',
      'category',
      'language',
      'createdAt',
      'description',
      'details',
      'contact',
      'consent',
      'photos',
      'onBehalf',
    ),
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

/** Every free-text field of every category, as [category, dotted path]. */
const TEXT_FIELDS: [Category, string][] = CATEGORIES.flatMap((category) => [
  ...['description', 'contact.name', 'contact.phone', 'contact.volunteer', 'onBehalf.worker', 'onBehalf.organisation'].map(
    (path): [Category, string] => [category, path],
  ),
  ...DETAIL_FIELDS[category]
    .filter((f) => f.kind === 'text' || f.kind === 'textarea')
    .map((f): [Category, string] => [category, `details.${f.name}`]),
]);

/** A valid report of a category (required choices answered with their first option). */
function reportOf(category: Category): Record<string, unknown> {
  const details: Record<string, string> = {};
  for (const f of DETAIL_FIELDS[category]) if (f.required) details[f.name] = f.options?.[0] ?? 'x';
  const onBehalf = { worker: 'Sam', organisation: 'Refugee Action', personConsented: true };
  return validReport({ category, details, onBehalf });
}

function setPath(report: Record<string, unknown>, path: string, value: string): void {
  const [head, sub] = path.split('.') as [string, string | undefined];
  if (sub === undefined) report[head] = value;
  else report[head] = { ...(report[head] as Record<string, unknown>), [sub]: value };
}

const BAD_TEXT = fc.constantFrom(
  ['\u0000', 'control_character'],
  ['\ud800', 'lone_surrogate'],
  ['\udfff', 'lone_surrogate'],
  ['\udbff', 'lone_surrogate'],
);

/** Base64 that is not: wrong length, characters outside the alphabet, padding in the middle. */
const BAD_BASE64 = fc
  .oneof(
    fc
      .base64String({ minLength: 4, maxLength: 40 })
      .chain((b) => fc.integer({ min: 1, max: 3 }).map((cut) => b.replace(/=+$/, '').slice(0, -cut))),
    fc
      .tuple(fc.base64String({ minLength: 4, maxLength: 40 }), fc.constantFrom('$', '-', '_', '.', ' ', '\n', '\u0000', 'é'))
      .map(([b, c]) => c + b.slice(1)),
    fc.base64String({ minLength: 8, maxLength: 40 }).map((b) => 'A=' + b.slice(2)),
  )
  .filter((d) => d !== '' && !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(d));

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

  it('refuses a NUL or a lone surrogate anywhere in any text field with 400 {field, code}', async () => {
    const app = createTestApp(db);
    const fieldCase = fc.tuple(fc.constantFrom(...TEXT_FIELDS), fc.string({ maxLength: 40 }), fc.nat(40), BAD_TEXT);
    await fc.assert(
      fc.asyncProperty(fieldCase, async ([[category, path], good, at, [bad, code]]) => {
        const report = reportOf(category);
        const cut = Math.min(at, good.length);
        setPath(report, path, good.slice(0, cut) + bad + good.slice(cut));
        const res = await postReport(app, report);
        expect(res.status).toBe(400);
        expect(((await res.json()) as { errors: unknown[] }).errors).toContainEqual({ field: path, code });
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('never answers 5xx to any UTF-16 text in any text field', async () => {
    const app = createTestApp(db);
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEXT_FIELDS), anyText, async ([category, path], value) => {
        const report = reportOf(category);
        setPath(report, path, value);
        const res = await postReport(app, report);
        expect(res.status).toBeLessThan(500);
        // Text that is fine is stored, and counted so the suite's "nothing stored" check still holds.
        if (res.status === 201) stored++;
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('refuses malformed base64 and zero-byte photos with 400 {field, code}', async () => {
    const app = createTestApp(db);
    const photoCase = fc.tuple(fc.oneof(BAD_BASE64, fc.constant('')), fc.nat(2));
    await fc.assert(
      fc.asyncProperty(photoCase, async ([data, at]) => {
        const photos = Array.from({ length: at + 1 }, () => ({ type: 'image/jpeg', data: '/9j/' }));
        photos[at] = { type: 'image/jpeg', data };
        const res = await postReport(app, validReport({ photos }));
        expect(res.status).toBe(400);
        const code = data === '' ? 'empty_photo' : 'bad_base64';
        expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ field: `photos.${at}.data`, code }]);
      }),
      { numRuns: RUNS * 2 },
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
