// Retention: once a report has been closed for RETENTION_DAYS, what the person wrote, their photos and
// staff notes are erased. Reference, area, category and dates stay for the evidence counts.
import type { Database } from '../db/database';

export const DAY_MS = 24 * 60 * 60 * 1000;

export async function eraseExpiredReports(db: Database, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return db.transaction(async (tx) => {
    const erased = await tx.query<{ id: number }>(
      `UPDATE reports SET body = NULL, erased_at = $2
       WHERE status = 'closed' AND closed_at < $1 AND erased_at IS NULL RETURNING id`,
      [cutoff, now],
    );
    if (erased.length === 0) return 0;
    const ids = erased.map((r) => r.id);
    await tx.query('DELETE FROM report_photos WHERE report_id = ANY($1::integer[])', [ids]);
    await tx.query('UPDATE report_events SET note = NULL WHERE report_id = ANY($1::integer[])', [ids]);
    return ids.length;
  });
}

/** Runs now and then once a day; the timer does not keep the process alive. */
export function scheduleRetention(db: Database, retentionDays: number, onError: (err: Error) => void): () => void {
  const run = () => eraseExpiredReports(db, new Date(), retentionDays).catch(onError);
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
