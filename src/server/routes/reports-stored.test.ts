// GET /api/reports/<key>: a phone asks whether the intake already has a report before sending its photos again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { countReports, postReport, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('GET /api/reports/<key> on $name', (driver) => {
  let db: Database;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => db.close());
  const app = () => createTestApp(db);

  it('answers 404 before the report arrives and 200 with its reference after, never storing anything', async () => {
    const report = validReport();
    const key = String(report.id);
    const before = await app().request(`/api/reports/${key}`);
    expect(before.status).toBe(404);
    expect(await before.json()).toEqual({ error: 'not_stored' });
    const posted = (await (await postReport(app(), report)).json()) as { reference: string; statusToken: string };
    const count = await countReports(db);
    const after = await app().request(`/api/reports/${key.toUpperCase()}`);
    expect(after.status).toBe(200);
    // The same status token as the 201, so a phone whose answer was lost can still follow its report.
    expect(await after.json()).toEqual({ reference: posted.reference, statusToken: posted.statusToken });
    expect(after.headers.get('cache-control')).toBe('no-store');
    expect(await countReports(db)).toBe(count);
  });

  it('answers 400 with field and code for a key that is not a UUID', async () => {
    for (const key of ['nope', '%00', '6f1c2b7e-4d0a-4c1e-9a51-3b8f2f6d9e1', "x'%20OR%201=1"]) {
      const res = await app().request(`/api/reports/${key}`);
      expect(res.status, key).toBe(400);
      expect(await res.json()).toEqual({ errors: [{ field: 'idempotencyKey', code: 'invalid' }] });
    }
  });

  it('shares the per-client allowance with posting', async () => {
    const limited = createTestApp(db, { rateLimit: { perMinute: 6, burst: 2 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await limited.request(`/api/reports/${crypto.randomUUID()}`)).status);
    expect(statuses).toEqual([404, 404, 429]);
  });

  it('refuses another origin', async () => {
    const res = await app().request(`/api/reports/${crypto.randomUUID()}`, {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
  });
});
