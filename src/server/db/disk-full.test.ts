// On a small disk that fills up: new reports get 503 with Retry-After (never 500, never a hang), health
// says unhealthy, and every report that was acknowledged is still there after a restart.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postReport, validReport } from '../testing/report-fixture';
import { createTestApp } from '../testing/test-app';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { StorageGuard } from './storage-guard';

const mountPoint = mkdtempSync(join(tmpdir(), 'waymark-small-disk-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=120m', 'tmpfs', mountPoint], { stdio: 'ignore' });
  mounted = true;
} catch {
  console.warn(`disk-full test skipped: cannot mount a 120 MB tmpfs at ${mountPoint} (needs root and mount).`);
}

describe.runIf(mounted)('a full disk under the embedded database', () => {
  const dataDir = join(mountPoint, 'pglite');
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After once space is short, says unhealthy, and keeps every acknowledged report', async () => {
    const db = await openPglite(dataDir);
    await migrate(db);
    const guard = new StorageGuard(dataDir, 0);
    const free = guard.freeBytes()!;
    // Leave about 12 MB of room above the floor, so the disk fills within a few dozen reports.
    // Its clock runs 1000× fast, so it looks at the disk again on every request.
    const storage = new StorageGuard(dataDir, free - 12 * 1024 * 1024, () => performance.now() * 1000);
    const app = createTestApp(db, { storage });
    const photo = () => ({ type: 'image/jpeg', data: randomBytes(290 * 1024).toString('base64') });
    const acknowledged: string[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      const report = validReport({ photos: [photo(), photo(), photo()] });
      const res = await postReport(app, report);
      if (res.status === 201) acknowledged.push(report.id as string);
      else refused = res;
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused?.status).toBe(503);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused?.json()).toEqual({ error: 'storage_full' });
    const health = await app.request('/api/health');
    expect(health.status).toBe(503);
    // Small reports are refused the same way: nothing may write until space is back.
    expect((await postReport(app, validReport())).status).toBe(503);
    console.warn(`disk-full test: ${acknowledged.length} reports acknowledged before 503`);
    await db.close();

    const reopened = await openPglite(dataDir);
    const rows = await reopened.query<{ key: string }>('SELECT idempotency_key::text AS key FROM reports');
    expect(rows.map((r) => r.key).sort()).toEqual([...acknowledged].sort());
    await reopened.close();
  }, 120_000);

  it('treats a disk-full error from the database as 503, not 500', async () => {
    const db = await openPglite();
    await migrate(db);
    const failing = {
      ...db,
      query: () => Promise.reject(Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' })),
    };
    const storage = new StorageGuard(undefined, 0);
    const app = createTestApp(failing, { storage });
    const res = await postReport(app, validReport());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('60');
    expect((await app.request('/api/health')).status).toBe(503);
    await db.close();
  });
});
