// Signed in, whatever the query, path or form: staff pages answer 4xx or 2xx/3xx, never 5xx; bad filters get
// a 400 page that keeps what was typed.
import fc from 'fast-check';
import { cleanText } from '../../shared/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { postReport, validReport } from '../testing/report-fixture';
import { signedIn } from '../testing/signed-in';
import { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

const RUNS = 150;
const percent = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const nasty = fc.oneof(
  fc.constantFrom(
    '2026-02-31',
    '0000-01-01',
    '0001-01',
    '9999-12-31',
    '2026-13',
    '-1',
    '1e400',
    '99999999999',
    '%00',
    '2026-02-29',
    '10000-01-01',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.uint8Array({ maxLength: 12 }).map(percent),
);
const queryValue = nasty.map((v) => (v.startsWith('%') ? v : encodeURIComponent(cleanText(v))));
const query = fc
  .dictionary(fc.constantFrom('area', 'category', 'status', 'from', 'to', 'reference', 'page', 'action'), queryValue, { maxKeys: 4 })
  .map((d) =>
    Object.entries(d)
      .map(([k, v]) => `${k}=${v}`)
      .join('&'),
  );
const pagePath = fc.constantFrom('/staff', '/staff/export.csv', '/staff/evidence', '/staff/evidence.csv', '/staff/audit');
const segment = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 20 }).map(percent),
  fc.constantFrom('SEF-2222-22', '%00', 'x'.repeat(300)),
);

describe.each(testDrivers())('staff pages with bad input on $name', (driver) => {
  let db: Database;
  let staff: StaffClient;
  let reference: string;
  const app = () => createTestApp(db, { loginDelayMs: 0 });
  beforeAll(async () => {
    db = await driver.open();
    staff = await signedIn(app(), db);
    reference = ((await (await postReport(app(), validReport())).json()) as { reference: string }).reference;
  });
  afterAll(() => db.close());

  it('answers the inputs that used to give 500 with a 400 page that keeps the filters', async () => {
    const from = await staff.page('/staff?from=2026-02-31&area=stockton');
    expect(from.res.status).toBe(400);
    expect(from.text).toContain('value="2026-02-31"');
    expect(from.text).toMatch(/<option value="stockton" selected/);
    // A date box cannot show an impossible day, so the message repeats what was typed.
    expect(from.text).toContain('Received from “2026-02-31”');
    const to = await staff.page('/staff?to=0000-01-01');
    expect(to.res.status).toBe(400);
    expect(to.text).toContain('value="0000-01-01"');
    const evidence = await staff.page('/staff/evidence?to=0001-01');
    expect(evidence.res.status).toBe(400);
    expect(evidence.text).toContain('value="0001-01"');
    expect((await staff.request('/staff/reports/%00')).status).toBe(400);
    expect((await staff.request(`/staff/reports/${reference}/photos/99999999999`)).status).toBe(404);
    expect((await staff.page('/staff?from=2026-02-28&to=2026-02-01')).res.status).toBe(400);
    expect((await staff.page('/staff?from=2024-02-29')).res.status).toBe(200);
  });

  it('never answers 5xx to any query on any page', async () => {
    await fc.assert(
      fc.asyncProperty(pagePath, query, async (path, q) => {
        const res = await staff.request(`${path}?${q}`);
        await res.arrayBuffer();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('never answers 5xx to any reference or photo path', async () => {
    await fc.assert(
      fc.asyncProperty(segment, fc.option(segment, { nil: undefined }), async (ref, photo) => {
        const res = await staff.request(`/staff/reports/${ref}${photo === undefined ? '' : `/photos/${photo}`}`);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('never answers 5xx to a malformed form, on sign-in, status change or log-out', async () => {
    const target = fc.constantFrom('/staff/login', `/staff/reports/${reference}/status`, '/staff/logout');
    const type = fc.constantFrom(
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'multipart/form-data; boundary=',
      'application/x-www-form-urlencoded',
      'text/plain',
    );
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
      fc.constant(new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\nabc')),
    );
    await fc.assert(
      fc.asyncProperty(target, type, body, async (path, contentType, bytes) => {
        // Sign-in has a per-client limit in front of the form: a fresh app each time reaches the parser.
        const client = path === '/staff/login' ? new StaffClient(app()) : staff;
        const res = await client.request(path, { method: 'POST', headers: { 'content-type': contentType }, body: bytes });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a status note holding a NUL with a 400 page', async () => {
    await staff.page(`/staff/reports/${reference}`);
    const res = await staff.post(`/staff/reports/${reference}/status`, { from: 'new', to: 'in_progress', note: 'called\u0000back' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('hidden or broken character');
  });
});
