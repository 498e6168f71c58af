// Checking a staff login. Every check that reaches the password costs one scrypt, for real, disabled and
// unknown names alike, so the answer time does not tell them apart; throttling is in login-throttle.ts.
import type { Queryable } from '../db/database';
import { verifyDecoy, verifyPassword } from './password';

export type LoginResult = { ok: true; staffId: number } | { ok: false; staffId?: number };

export function normaliseName(name: string): string {
  return name.trim().toLowerCase();
}

export async function checkLogin(db: Queryable, name: string, password: string): Promise<LoginResult> {
  const [staff] = await db.query<{ id: number; password_hash: string; disabled_at: Date | null }>(
    'SELECT id, password_hash, disabled_at FROM staff WHERE name = $1',
    [normaliseName(name)],
  );
  if (!staff || staff.disabled_at) {
    await verifyDecoy(password.trim());
    return { ok: false };
  }
  if (await verifyPassword(password.trim(), staff.password_hash)) return { ok: true, staffId: staff.id };
  return { ok: false, staffId: staff.id };
}
