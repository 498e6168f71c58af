// The audit log: who viewed, exported or changed what, and when. It never holds what a person wrote.
import type { Queryable } from '../db/database';

export type AuditAction = 'login' | 'login_failed' | 'login_throttled' | 'unlocked' | 'logout' | 'view' | 'view_photo' | 'export' | 'status' | 'evidence_export';

export interface AuditEntry {
  staffId: number | null;
  action: AuditAction;
  reportId?: number | null;
  detail?: string | null;
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (staff_id, action, report_id, detail) VALUES ($1, $2, $3, $4)', [
    entry.staffId,
    entry.action,
    entry.reportId ?? null,
    entry.detail ?? null,
  ]);
}

export interface AuditRow {
  at: Date;
  staff: string | null;
  action: AuditAction;
  reference: string | null;
  detail: string | null;
}

export function recentAudit(db: Queryable, limit = 200): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT a.at, s.name AS staff, a.action, r.reference, a.detail
     FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN reports r ON r.id = a.report_id
     ORDER BY a.at DESC, a.id DESC LIMIT $1`,
    [limit],
  );
}
