// "Erased" means gone from the data folder: no heap page or WAL file still holds the words or the photo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { startPostgres, wantPostgres } from '../../../test/pg';
import { postReport, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { eraseExpiredReports } from './retention';
import { addStaff } from './staff-accounts';

/** Files under dir whose bytes contain the marker. */
function filesHolding(dir: string, marker: string): string[] {
  try {
    return execFileSync('grep', ['-rlaF', marker, dir], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return []; // grep exits 1 when nothing matches
  }
}

describe('retention on the embedded database, on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-erase-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves none of an erased report in the data folder, and keeps the reports not yet due', async () => {
    const db = await openPglite(dir);
    await migrate(db);
    const app = createTestApp(db);
    const photo = Buffer.from('PHOTOBYTES-QZXJ7'.repeat(20)).toString('base64');
    const erased = validReport({
      description: 'DESCRIPTION-QZXJ7 the boiler',
      contact: { method: 'phone', name: 'NAME-QZXJ7', phone: '07700 900123' },
      photos: [{ type: 'image/jpeg', data: photo }],
    });
    const kept = validReport({ description: 'KEPT-WVPR4 still open' });
    expect((await postReport(app, erased)).status).toBe(201);
    expect((await postReport(app, kept)).status).toBe(201);
    await addStaff(db, 'retention.tester');
    await db.query(
      `INSERT INTO report_events (report_id, staff_id, from_status, to_status, note)
       SELECT r.id, s.id, 'passed_on', 'closed', 'NOTE-QZXJ7 called back' FROM reports r, staff s WHERE r.idempotency_key = $1`,
      [erased.id],
    );
    await db.query(`UPDATE reports SET status = 'closed', closed_at = '2026-01-01T00:00:00Z' WHERE idempotency_key = $1`, [erased.id]);
    await db.exec('CHECKPOINT');
    // Before erasure the markers are on disk, so the grep below can find them.
    expect(filesHolding(dir, 'DESCRIPTION-QZXJ7').length).toBeGreaterThan(0);

    expect(await eraseExpiredReports(db, new Date('2026-11-23T00:00:00Z'), 90)).toBe(1);
    await db.close();
    for (const marker of ['DESCRIPTION-QZXJ7', 'NAME-QZXJ7', 'NOTE-QZXJ7', 'PHOTOBYTES-QZXJ7']) {
      expect({ marker, files: filesHolding(dir, marker) }).toEqual({ marker, files: [] });
    }
    expect(filesHolding(dir, 'KEPT-WVPR4').length).toBeGreaterThan(0);

    const reopened = await openPglite(dir);
    const [row] = await reopened.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE body IS NOT NULL');
    expect(row?.n).toBe(1);
    await reopened.close();
  }, 60_000);
});

// The same on PostgreSQL, where wal_recycle=off (as the README asks for production) lets erased WAL files go.
describe.runIf(wantPostgres())('retention on PostgreSQL, on disk', () => {
  it("leaves none of an erased report in the cluster's data folder after the erasure step", async () => {
    const server = await startPostgres({ settings: ['wal_recycle=off'] });
    try {
      const db = await openPostgres(server.url);
      await migrate(db);
      const app = createTestApp(db);
      const erased = validReport({
        description: 'PGDESC-K7M2Q the boiler',
        contact: { method: 'phone', name: 'PGNAME-K7M2Q', phone: '07700 900123' },
      });
      const kept = validReport({ description: 'PGKEPT-H3N8T still open' });
      expect((await postReport(app, erased)).status).toBe(201);
      expect((await postReport(app, kept)).status).toBe(201);
      await db.query(`UPDATE reports SET status = 'closed', closed_at = '2026-01-01T00:00:00Z' WHERE idempotency_key = $1`, [erased.id]);
      await db.exec('CHECKPOINT');
      expect(filesHolding(server.dataDir, 'PGDESC-K7M2Q').length).toBeGreaterThan(0);
      expect(await eraseExpiredReports(db, new Date('2026-11-23T00:00:00Z'), 90)).toBe(1);
      await db.close();
      for (const marker of ['PGDESC-K7M2Q', 'PGNAME-K7M2Q']) {
        expect({ marker, files: filesHolding(server.dataDir, marker) }).toEqual({ marker, files: [] });
      }
      expect(filesHolding(server.dataDir, 'PGKEPT-H3N8T').length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
