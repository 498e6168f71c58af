// The audit log: who viewed, exported or changed what, and when. It never holds what a person wrote.
import type { Queryable } from '../db/database';

export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'login_throttled',
  'unlocked',
  'logout',
  'view',
  'view_photo',
  'export',
  'status',
  'evidence_export',
  'roles',
  'content_draft',
  'content_approve',
  'content_publish',
  'content_refused',
  'content_checked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_PAGE_SIZE = 100;

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export interface AuditEntry {
  staffId: number | null;
  action: AuditAction;
  reportId?: number | null;
  detail?: string | null;
  /** content changes: the area, and the value before and after */
  area?: string | null;
  before?: unknown;
  after?: unknown;
}

const asJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (staff_id, action, report_id, detail, area, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)',
    [
      entry.staffId,
      entry.action,
      entry.reportId ?? null,
      entry.detail ?? null,
      entry.area ?? null,
      asJson(entry.before),
      asJson(entry.after),
    ],
  );
}

export interface AuditRow {
  at: Date;
  staff: string | null;
  action: AuditAction;
  reference: string | null;
  detail: string | null;
  area: string | null;
  before: unknown;
  after: unknown;
}

/** One page of the log, newest first, optionally of one action only; with the number of matching entries. */
export async function auditPageRows(db: Queryable, page: number, action?: AuditAction): Promise<{ rows: AuditRow[]; total: number }> {
  const rows = await db.query<AuditRow>(
    `SELECT a.at, s.name AS staff, a.action, r.reference, a.detail, a.area, a.before, a.after
     FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN reports r ON r.id = a.report_id
     WHERE $1::text IS NULL OR a.action = $1
     ORDER BY a.at DESC, a.id DESC LIMIT $2 OFFSET $3`,
    [action ?? null, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE],
  );
  const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE $1::text IS NULL OR action = $1', [
    action ?? null,
  ]);
  return { rows, total: count?.n ?? 0 };
}
