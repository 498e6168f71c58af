// "This browser signed in as <name> before": a long-lived random cookie, only its hash stored. It lets
// the owner past the throttle on their name that strangers' failures build up (OWASP device cookies).
import type { Queryable } from '../db/database';
import { hashToken, newToken } from './sessions';

export const DEVICE_MAX_AGE_S = 180 * 24 * 60 * 60;

export async function rememberDevice(db: Queryable, staffId: number, now: Date): Promise<string> {
  const token = newToken();
  await db.query('INSERT INTO staff_devices (token_hash, staff_id, created_at, last_used_at) VALUES ($1, $2, $3, $3)', [
    hashToken(token),
    staffId,
    now,
  ]);
  return token;
}

/** Whether the cookie belongs to the account called `name` and is younger than its maximum age. */
export async function isKnownDevice(db: Queryable, token: string | undefined, name: string, now: Date): Promise<boolean> {
  if (!token) return false;
  const rows = await db.query(
    `SELECT 1 FROM staff_devices d JOIN staff s ON s.id = d.staff_id
     WHERE d.token_hash = $1 AND s.name = $2 AND d.created_at > $3::timestamptz - make_interval(secs => $4)`,
    [hashToken(token), name, now, DEVICE_MAX_AGE_S],
  );
  return rows.length > 0;
}
