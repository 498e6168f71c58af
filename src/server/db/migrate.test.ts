import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDrivers } from '../testing/test-database';
import { listMigrations, migrate } from './migrate';
import { openDatabase } from './open-database';

describe.each(testDrivers())('migrations on $name', (driver) => {
  it('are recorded once each, so running them again changes nothing', async () => {
    const db = await driver.open();
    const files = await listMigrations();
    expect(files[0]).toBe('001_reports.sql');
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(files);
    await db.close();
  });
});

describe('the embedded data folder', () => {
  it('refuses to open while another live process holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-lock-'));
    writeFileSync(join(dir, 'waymark.pid'), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process/);
  });
});
