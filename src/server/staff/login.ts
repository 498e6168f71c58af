// Checking a staff login: wrong passwords count up, five in a row lock the account for 15 minutes,
// and each failure is answered more slowly than the last.
import type { Queryable } from '../db/database';
import { verifyDecoy, verifyPassword } from './password';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;

export type LoginResult = { ok: true; staffId: number } | { ok: false; failures: number; staffId?: number };

/** Doubles from `baseMs` with each consecutive failure, up to 8 s. */
export function failureDelayMs(failures: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failures - 1), 8_000);
}

export async function checkLogin(db: Queryable, name: string, password: string, now: Date): Promise<LoginResult> {
  const [staff] = await db.query<{ id: number; password_hash: string; failed_logins: number; locked_until: Date | null; disabled_at: Date | null }>(
    'SELECT id, password_hash, failed_logins, locked_until, disabled_at FROM staff WHERE name = $1',
    [name.trim().toLowerCase()],
  );
  if (!staff || staff.disabled_at) {
    await verifyDecoy(password);
    return { ok: false, failures: 1 };
  }
  const locked = staff.locked_until !== null && staff.locked_until > now;
  // A locked account still costs a full check, so the answer time does not tell it apart.
  const matches = await verifyPassword(password.trim(), staff.password_hash);
  if (matches && !locked) {
    await db.query('UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = $1', [staff.id]);
    return { ok: true, staffId: staff.id };
  }
  if (locked) return { ok: false, failures: staff.failed_logins, staffId: staff.id };
  const [row] = await db.query<{ failed_logins: number }>(
    `UPDATE staff SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
     WHERE id = $1 RETURNING failed_logins`,
    [staff.id, LOCK_AFTER_FAILURES, new Date(now.getTime() + LOCK_MS)],
  );
  return { ok: false, failures: row?.failed_logins ?? 1, staffId: staff.id };
}
