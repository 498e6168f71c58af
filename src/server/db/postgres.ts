// The PostgreSQL driver (node-postgres pool) for several app servers sharing one managed database.
// Every parameterised statement is prepared once per connection, named by a hash of its text.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable } from './database';

export interface PostgresOptions {
  poolSize?: number;
  statementTimeoutMs?: number;
}

const names = new Map<string, string>();

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = 'w_' + createHash('sha1').update(sql).digest('hex').slice(0, 20);
    names.set(sql, name);
  }
  return name;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      const result = await client.query({ name: statementName(sql), text: sql, values: [...params] });
      return result.rows as T[];
    },
    exec: async (script) => {
      await client.query(script);
    },
  };
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 16,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (err: Error & { code?: string }) => console.error('database connection lost:', err.code ?? err.name));
  await pool.query('SELECT 1');
  return {
    driver: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      } finally {
        // A connection that could not roll back is discarded rather than reused.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
