// Staff accounts, managed from the command line: add (prints a password once), reset, disable, list.
import type { Database } from '../db/database';
import { recordAudit } from './audit';
import { unlockName } from './login-throttle';
import { generatePassword, hashPassword } from './password';

export const STAFF_NAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export interface StaffSummary {
  name: string;
  created_at: Date;
  disabled_at: Date | null;
  /** failed sign-ins counted against the name since its last success or unlock */
  failures: number;
}

function checkName(name: string): void {
  if (!STAFF_NAME.test(name)) throw new Error('A name is 2–40 lower-case letters, digits, dots, dashes or underscores.');
}

/** Returns the generated password; only its hash is kept. */
export async function addStaff(db: Database, rawName: string): Promise<string> {
  const name = rawName.trim().toLowerCase();
  checkName(name);
  const password = generatePassword();
  const rows = await db.query('INSERT INTO staff (name, password_hash) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id', [
    name,
    await hashPassword(password),
  ]);
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
export async function unlockStaff(db: Database, name: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [staff] = await tx.query<{ id: number }>('SELECT id FROM staff WHERE name = $1', [name]);
    if (!staff) throw new Error(`There is no account called ${name}.`);
    await unlockName(tx, name);
    await recordAudit(tx, { staffId: staff.id, action: 'unlocked' });
  });
}

export function listStaff(db: Database): Promise<StaffSummary[]> {
  return db.query<StaffSummary>(
    `SELECT s.name, s.created_at, s.disabled_at, coalesce(t.failures, 0) AS failures
     FROM staff s LEFT JOIN login_throttle t ON t.key = 'name:' || s.name ORDER BY s.name`,
  );
}
