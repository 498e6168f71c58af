// Staff sessions: a random token in an HttpOnly cookie, only its SHA-256 in the database, so a copy of
// the database opens no session. Logging out deletes the row: the old cookie is then worthless.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
// last_seen_at is rewritten at most once a minute, not on every page.
const TOUCH_AFTER_MS = 60 * 1000;

export interface StaffSession {
  staffId: number;
  name: string;
  csrf: string;
  roles: string[];
  areas: string[];
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export async function createSession(db: Queryable, staffId: number, now: Date): Promise<{ token: string; csrf: string }> {
  const token = newToken();
  const csrf = newToken();
  await db.query('INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)', [
    hashToken(token),
    staffId,
    csrf,
    now,
  ]);
  return { token, csrf };
}

export async function findSession(db: Queryable, token: string | undefined, now: Date): Promise<StaffSession | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db.query<{
    staff_id: number;
    name: string;
    csrf_token: string;
    created_at: Date;
    last_seen_at: Date;
    roles: string[];
    areas: string[];
  }>(
    `SELECT s.staff_id, st.name, s.csrf_token, s.created_at, s.last_seen_at, st.roles, st.areas
     FROM staff_sessions s JOIN staff st ON st.id = s.staff_id
     WHERE s.token_hash = $1 AND st.disabled_at IS NULL`,
    [hashToken(token)],
  );
  if (!row) return null;
  const idle = now.getTime() - row.last_seen_at.getTime();
  if (idle > SESSION_IDLE_MS || now.getTime() - row.created_at.getTime() > SESSION_MAX_MS) {
    await deleteSession(db, token);
    return null;
  }
  if (idle > TOUCH_AFTER_MS) await db.query('UPDATE staff_sessions SET last_seen_at = $2 WHERE token_hash = $1', [hashToken(token), now]);
  return { staffId: row.staff_id, name: row.name, csrf: row.csrf_token, roles: row.roles, areas: row.areas };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [hashToken(token)]);
}

export function tokensMatch(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
