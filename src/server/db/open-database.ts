// Chooses the driver from the configuration, takes the embedded data folder's lock and migrates.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseConfig {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When a process started (clock ticks since boot, /proc/<pid>/stat field 22); null without /proc. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and brackets: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The lock names a process and when it started, so a PID reused by another program does not block start. */
export function lockHolderRunning(content: string): number | null {
  const [pid, started] = content.trim().split(/\s+/);
  const holder = Number(pid);
  if (!Number.isInteger(holder) || holder <= 0 || holder === process.pid || !isAlive(holder)) return null;
  const now = processStart(holder);
  return started && now !== null && now !== started ? null : holder;
}

/** Two processes writing one embedded data folder would corrupt it, so the first holds a pid lock. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = join(dataDir, 'waymark.pid');
  const mine = `${process.pid} ${processStart(process.pid) ?? ''}`.trim();
  try {
    writeFileSync(lock, mine, { flag: 'wx' });
  } catch {
    const holder = lockHolderRunning(readFileSync(lock, 'utf8'));
    if (holder !== null) throw new Error(`The data folder ${dataDir} is in use by process ${holder}. Stop it first.`);
    writeFileSync(lock, mine);
  }
  return () => rmSync(lock, { force: true });
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const db = await openPostgres(config.databaseUrl, { poolSize: config.poolSize });
    await migrate(db);
    return db;
  }
  const unlock = lockDataDir(config.dataDir);
  try {
    const db = await openPglite(join(config.dataDir, 'pglite'));
    await migrate(db);
    return {
      ...db,
      close: async () => {
        await db.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
