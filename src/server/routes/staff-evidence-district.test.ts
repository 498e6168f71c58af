import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { postReport, validReport } from '../testing/report-fixture';
import { signedIn } from '../testing/signed-in';
import type { StaffClient } from '../testing/staff-client';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('postcode district on intake and in evidence on $name', (driver) => {
  let db: Database;
  let staff: StaffClient;
  const app = () => createTestApp(db, { loginDelayMs: 0, now: () => new Date('2026-11-23T12:00:00Z') });
  const send = (postcodeDistrict?: string) => postReport(app(), validReport(postcodeDistrict ? { postcodeDistrict } : {}));
  beforeAll(async () => {
    db = await driver.open();
    staff = await signedIn(app(), db);
    for (const d of ['L20', 'L20', 'l20', ' L20 ', 'L20', 'L20', 'PR9', 'PR9']) expect((await send(d)).status).toBe(201);
    expect((await send()).status).toBe(201);
  });
  afterAll(() => db.close());

  it('stores the district uppercased in its own column, and nothing when none was given', async () => {
    const rows = await db.query<{ d: string | null; n: number }>(
      'SELECT postcode_district AS d, count(*)::int AS n FROM reports GROUP BY 1 ORDER BY 1 NULLS LAST',
    );
    expect(rows).toEqual([
      { d: 'L20', n: 6 },
      { d: 'PR9', n: 2 },
      { d: null, n: 1 },
    ]);
  });

  it('refuses a district outside the area with a code the phone translates, storing nothing', async () => {
    const res = await send('TS18');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('outside_area');
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
    expect(row?.n).toBe(9);
  });

  it('counts reports by district on the evidence page and in the CSV, with "<5"', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const { text } = await staff.page(`/staff/evidence?from=${month}&to=${month}`);
    const cell = (label: string) => new RegExp(`<th scope="row">${label}</th><td>([^<]*)</td>`).exec(text)?.[1];
    expect(cell('L20')).toBe('6');
    expect(cell('PR9')).toBe('&lt;5');
    const res = await staff.request(`/staff/evidence-breakdown.csv?from=${month}&to=${month}`);
    const lines = (await res.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toContain('"postcode","sefton","","L20","6"');
    expect(lines).toContain('"postcode","sefton","","PR9","<5"');
  });
});
