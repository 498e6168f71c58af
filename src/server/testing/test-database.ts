// The drivers the server tests run against: always embedded PGlite (in memory), and PostgreSQL when
// test/pg.ts started one (WAYMARK_TEST_PG=1 or CI). Each call gives a fresh, migrated database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

export interface DriverCase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

async function freshPostgres(adminUrl: string): Promise<Database> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), { poolSize: 12 });
  await migrate(db);
  return db;
}

export function testDrivers(): DriverCase[] {
  const url = inject('databaseUrl');
  const cases: DriverCase[] = [
    {
      name: 'pglite',
      open: async () => {
        const db = await openPglite();
        await migrate(db);
        return db;
      },
    },
  ];
  if (url) cases.push({ name: 'postgres', open: () => freshPostgres(url) });
  return cases;
}
