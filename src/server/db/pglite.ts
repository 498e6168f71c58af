// The embedded driver: PostgreSQL compiled to WebAssembly, in-process, data in a folder (or memory for tests).
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(script: string): Promise<unknown>;
}

function wrap(pg: PgliteLike): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await pg.query<T>(sql, [...params])).rows,
    exec: async (script) => {
      await pg.exec(script);
    },
  };
}

/** Opens (creating if needed) an embedded database in dataDir; no dataDir means in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  // Old WAL files are deleted, not renamed for reuse with erased reports still in them (retention.ts).
  const startParams = [...PGlite.defaultStartParams, '-c', 'wal_recycle=off'];
  const pg = await PGlite.create(dataDir ? { dataDir, startParams } : { startParams });
  return {
    driver: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
