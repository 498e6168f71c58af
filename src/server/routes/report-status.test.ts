import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { postReport, validReport } from '../testing/report-fixture';
import { signedIn } from '../testing/signed-in';
import type { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

interface Receipt {
  reference: string;
  statusToken: string;
}

describe.each(testDrivers())('GET /api/reports/<reference>/status on $name', (driver) => {
  let db: Database;
  let staff: StaffClient;
  const app = () => createTestApp(db, { loginDelayMs: 0 });
  const ask = (reference: string, token: string, a = app()) =>
    a.request(`/api/reports/${reference}/status`, { headers: { authorization: `Bearer ${token}` } });
  async function send(overrides: Record<string, unknown> = {}): Promise<Receipt> {
    return (await (await postReport(app(), validReport(overrides))).json()) as Receipt;
  }
  beforeAll(async () => {
    db = await driver.open();
    staff = await signedIn(app(), db);
  });
  afterAll(() => db.close());

  it('answers 201 with a status token and keeps only its hash', async () => {
    const report = validReport();
    const res = await postReport(app(), report);
    expect(res.status).toBe(201);
    const { statusToken } = (await res.json()) as Receipt;
    expect(statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.query<Record<string, unknown>>('SELECT * FROM reports WHERE idempotency_key = $1', [report.id]);
    expect(JSON.stringify(row)).not.toContain(statusToken);
    expect(row?.status_token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a re-sent report and the "do you have it?" question the same token, from a restarted server too', async () => {
    const report = validReport();
    const first = (await (await postReport(app(), report)).json()) as Receipt;
    const again = await postReport(createTestApp(db), report);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Receipt).statusToken).toBe(first.statusToken);
    const asked = await createTestApp(db).request(`/api/reports/${String(report.id)}`);
    expect(((await asked.json()) as Receipt).statusToken).toBe(first.statusToken);
    expect((await ask(first.reference, first.statusToken)).status).toBe(200);
  });

  it('tells the phone "received" at first, with the time, and nothing personal', async () => {
    const { reference, statusToken } = await send({ description: 'My name is Secret Person' });
    const res = await ask(reference, statusToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ status: 'new', changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  it('shows who it was passed on to and the note for the person, but never the staff note', async () => {
    const { reference, statusToken } = await send();
    await staff.page(`/staff/reports/${reference}`);
    const moved = await staff.post(`/staff/reports/${reference}/status`, {
      from: 'new',
      to: 'passed_on',
      passed_on_to: 'migrant_help',
      person_note: 'Migrant Help will call you this week.',
      note: 'internal: caller was upset',
    });
    expect(moved.status).toBe(303);
    const body = (await (await ask(reference, statusToken)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'passed_on', passedOnTo: 'migrant_help', note: 'Migrant Help will call you this week.' });
    expect(JSON.stringify(body)).not.toContain('internal');
    await staff.page(`/staff/reports/${reference}`);
    await staff.post(`/staff/reports/${reference}/status`, { from: 'passed_on', to: 'closed', note: 'done' });
    const closed = (await (await ask(reference, statusToken)).json()) as Record<string, unknown>;
    expect(closed).toEqual({ status: 'closed', changedAt: expect.any(String) });
  });

  it('answers a wrong token, a malformed one, another report’s and an unknown reference all alike', async () => {
    const mine = await send();
    const other = await send();
    const unknown = 'SEF-2222-22';
    const answers = await Promise.all([
      ask(mine.reference, other.statusToken),
      ask(mine.reference, 'A'.repeat(43)),
      ask(mine.reference, 'short'),
      ask(mine.reference, ''),
      ask(unknown, mine.statusToken),
      ask('not-a-reference', mine.statusToken),
      app().request(`/api/reports/${mine.reference}/status`),
    ]);
    const seen = await Promise.all(answers.map(async (r) => `${r.status} ${await r.text()}`));
    expect(new Set(seen)).toEqual(new Set(['404 {"error":"not_found"}']));
  });

  it('is rate-limited per client', async () => {
    const { reference, statusToken } = await send();
    const limited = createTestApp(db, { statusRateLimit: { perMinute: 1, burst: 2 } });
    expect((await ask(reference, statusToken, limited)).status).toBe(200);
    expect((await ask(reference, 'wrong', limited)).status).toBe(404);
    const third = await ask(reference, statusToken, limited);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a cross-origin question', async () => {
    const { reference, statusToken } = await send();
    const res = await app().request(`http://localhost:8080/api/reports/${reference}/status`, {
      headers: { authorization: `Bearer ${statusToken}`, origin: 'https://evil.example', host: 'localhost:8080' },
    });
    expect(res.status).toBe(403);
  });
});
