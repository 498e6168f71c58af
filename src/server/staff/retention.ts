// Retention: once a report has been closed for RETENTION_DAYS, what the person wrote, their photos and
// staff notes are erased. Reference, area, category and dates stay for the evidence counts.
import type { Database } from '../db/database';

export const DAY_MS = 24 * 60 * 60 * 1000;

export async function eraseExpiredReports(db: Database, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const erased = await db.transaction(async (tx) => {
    const erased = await tx.query<{ id: number }>(
      `UPDATE reports SET body = NULL, erased_at = $2
       WHERE status = 'closed' AND closed_at < $1 AND erased_at IS NULL RETURNING id`,
      [cutoff, now],
    );
    if (erased.length === 0) return 0;
    const ids = erased.map((r) => r.id);
    await tx.query('DELETE FROM report_photos WHERE report_id = ANY($1::integer[])', [ids]);
    await tx.query('UPDATE report_events SET note = NULL, person_note = NULL WHERE report_id = ANY($1::integer[])', [ids]);
    return ids.length;
  });
  if (erased > 0) await rewriteErased(db);
  return erased;
}

/**
 * An UPDATE or DELETE leaves the old row in the table file and in the WAL. VACUUM FULL writes the tables
 * (and their TOAST) anew without it; switching WAL file and checkpointing twice lets PostgreSQL drop the
 * files that held it (deleted, not recycled, with wal_recycle=off, as the embedded database runs).
 */
export async function rewriteErased(db: Database): Promise<void> {
  await db.exec('VACUUM FULL reports, report_photos, report_events');
  try {
    for (let i = 0; i < 2; i++) await db.exec('SELECT pg_switch_wal(); CHECKPOINT;');
  } catch (err) {
    // An external PostgreSQL may not let this role checkpoint (pg_checkpoint, v15+): it will in its own time.
    console.warn('retention: could not checkpoint after erasing:', (err as Error).name);
  }
}

/** Runs now and then once a day; the timer does not keep the process alive. */
export function scheduleRetention(
  db: Database,
  retentionDays: number,
  onError: (err: Error) => void,
  canWrite: () => boolean = () => true,
): () => void {
  // Erasing rewrites tables and checkpoints: not on a full disk (it runs again tomorrow).
  const run = () => (canWrite() ? eraseExpiredReports(db, new Date(), retentionDays).catch(onError) : undefined);
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
