// Applies the numbered SQL files in ./migrations once each, in order, recorded in schema_migrations.
// They are bundled into the server at build time; an advisory lock serialises servers starting together.
import type { Database } from './database';

const SQL = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });
const MIGRATIONS = new Map(Object.entries(SQL).map(([path, sql]) => [path.slice(path.lastIndexOf('/') + 1), sql]));
const MIGRATION_LOCK = 'SELECT pg_advisory_xact_lock(2, 0)';

export async function listMigrations(): Promise<string[]> {
  return [...MIGRATIONS.keys()].filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
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
      await tx.exec(MIGRATIONS.get(file)!);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}
