import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { postReport, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { testDrivers } from '../testing/test-database';

describe.each(testDrivers())('one report sent many times at once on $name', (driver) => {
  let db: Database;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => db.close());

  it('stores 50 concurrent posts with one key once, and every answer carries the same reference or asks to wait', async () => {
    const app = createTestApp(db);
    const report = validReport();
    const answers = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const res = await postReport(app, report);
        return { status: res.status, body: (await res.json()) as { reference?: string } };
      }),
    );
    const [row] = await db.query<{ n: number; reference: string }>(
      'SELECT count(*)::int AS n, max(reference) AS reference FROM reports WHERE idempotency_key = $1',
      [report.id],
    );
    expect(row?.n).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    // Every answer that is not "wait" carries the same reference and the same status token.
    const token = (answers.find((a) => a.status === 201)?.body as { statusToken?: string } | undefined)?.statusToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const a of answers) {
      expect([200, 201, 409]).toContain(a.status);
      if (a.status === 409) expect(a.body).toEqual({ error: 'in_progress' });
      else expect(a.body).toEqual({ reference: row?.reference, statusToken: token });
    }
  });

  it('gives 50 different reports 50 different references', async () => {
    const app = createTestApp(db);
    const answers = await Promise.all(Array.from({ length: 50 }, () => postReport(app, validReport()).then((r) => r.json())));
    expect(new Set(answers.map((a) => (a as { reference: string }).reference)).size).toBe(50);
  });

  it.runIf(driver.name === 'postgres')('answers 409 with Retry-After while another server holds the same key', async () => {
    const app = createTestApp(db);
    const report = validReport();
    let answer: Response | undefined;
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(1, hashtext($1::text))', [report.id]);
      answer = await postReport(app, report);
    });
    expect(answer?.status).toBe(409);
    expect(answer?.headers.get('retry-after')).toBe('1');
    expect((await postReport(app, report)).status).toBe(201);
  });
});
