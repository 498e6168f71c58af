// Staff accounts, managed from the command line: add (prints a password once), reset, disable, list.
import type { Database } from '../db/database';
import { recordAudit } from './audit';
import { unlockName } from './login-throttle';
import { generatePassword, hashPassword } from './password';
import type { Role } from './roles';

export const STAFF_NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export interface StaffSummary {
  name: string;
  created_at: Date;
  disabled_at: Date | null;
  /** failed sign-ins counted against the name since its last success or unlock */
  failures: number;
  roles: Role[];
  areas: string[];
}

export interface Access {
  roles: readonly Role[];
  areas?: readonly string[];
}

function checkName(name: string): void {
  if (!STAFF_NAME.test(name)) throw new Error('A name is 2–40 lower-case letters, digits, dots, dashes or underscores.');
}

/** Returns the generated password; only its hash is kept. A new account reads reports unless told otherwise. */
export async function addStaff(db: Database, rawName: string, access: Access = { roles: ['caseworker'] }): Promise<string> {
  const name = rawName.trim().toLowerCase();
  checkName(name);
  const password = generatePassword();
  const rows = await db.query(
    'INSERT INTO staff (name, password_hash, roles, areas) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING RETURNING id',
    [name, await hashPassword(password), [...access.roles], [...(access.areas ?? [])]],
  );
  if (rows.length === 0) throw new Error(`There is already an account called ${name}.`);
  return password;
}

/** A new password, unlocked and enabled again; every session of the account ends. */
export async function resetStaffPassword(db: Database, name: string): Promise<string> {
  const password = generatePassword();
  const hash = await hashPassword(password);
  const updated = await db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>('UPDATE staff SET password_hash = $2, disabled_at = NULL WHERE name = $1 RETURNING id', [
      name,
      hash,
    ]);
    if (rows[0]) await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [rows[0].id]);
    if (rows[0]) await unlockName(tx, name);
    return rows.length;
  });
  if (updated === 0) throw new Error(`There is no account called ${name}.`);
  return password;
}

/** Accounts are disabled, not deleted, so the audit log keeps who did what. */
export async function disableStaff(db: Database, name: string): Promise<void> {
  const updated = await db.transaction(async (tx) => {
    const rows = await tx.query<{ id: number }>('UPDATE staff SET disabled_at = now() WHERE name = $1 RETURNING id', [name]);
    if (rows[0]) await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [rows[0].id]);
    return rows.length;
  });
  if (updated === 0) throw new Error(`There is no account called ${name}.`);
}

/** Forgets the failed sign-ins against a name (strangers' guesses included), and says so in the audit log. */
export async function unlockStaff(db: Database, name: string, byStaffId?: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [staff] = await tx.query<{ id: number }>('SELECT id FROM staff WHERE name = $1', [name]);
    if (!staff) throw new Error(`There is no account called ${name}.`);
    await unlockName(tx, name);
    await recordAudit(tx, { staffId: byStaffId ?? staff.id, action: 'unlocked', detail: byStaffId === undefined ? null : name });
  });
}

/** New roles and areas; the account's sessions end so the change holds from its next sign-in. */
export async function setAccess(db: Database, name: string, access: Access, byStaffId: number | null): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.query<{ id: number; roles: string[]; areas: string[] }>(
      'SELECT id, roles, areas FROM staff WHERE name = $1',
      [name],
    );
    if (!before) throw new Error(`There is no account called ${name}.`);
    const after = { roles: [...access.roles], areas: [...(access.areas ?? [])] };
    await tx.query('UPDATE staff SET roles = $2, areas = $3 WHERE id = $1', [before.id, after.roles, after.areas]);
    await tx.query('DELETE FROM staff_sessions WHERE staff_id = $1', [before.id]);
    await recordAudit(tx, {
      staffId: byStaffId,
      action: 'roles',
      detail: name,
      before: { roles: before.roles, areas: before.areas },
      after,
    });
  });
}

export function listStaff(db: Database): Promise<StaffSummary[]> {
  return db.query<StaffSummary>(
    `SELECT s.name, s.created_at, s.disabled_at, coalesce(t.failures, 0) AS failures, s.roles, s.areas
     FROM staff s LEFT JOIN login_throttle t ON t.key = 'name:' || s.name ORDER BY s.name`,
  );
}
