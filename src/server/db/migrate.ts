// Applies the numbered SQL files in ./migrations once each, in order, recorded in schema_migrations.
// An advisory lock serialises servers starting together against one PostgreSQL.
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database';

const MIGRATIONS = new URL('./migrations/', import.meta.url);
const MIGRATION_LOCK = 'SELECT pg_advisory_xact_lock(2, 0)';

export async function listMigrations(): Promise<string[]> {
  return (await readdir(MIGRATIONS)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
}

/** Returns the names of the migrations it applied (empty when the schema was current). */
export async function migrate(db: Database): Promise<string[]> {
  const files = await listMigrations();
  return db.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.exec(await readFile(new URL(file, MIGRATIONS), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}
