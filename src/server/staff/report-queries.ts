// Reading and moving reports for the inbox. Every query is parameterised; filters come from report-filters.
import type { IssueReport } from '../../shared/report';
import type { Queryable } from '../db/database';
import { filtersToSql, type ReportFilters } from './report-filters';
import { checkMove, checkPersonPart, type MoveCheck, type PassedOnTo, type PersonCheck, type Status } from './status-flow';

export const PAGE_SIZE = 50;
export const EXPORT_MAX = 20_000;

export interface ReportSummary {
  id: number;
  reference: string;
  received_at: Date;
  area: string;
  category: string;
  language: string;
  status: Status;
  erased_at: Date | null;
  passed_on_to: PassedOnTo | null;
}

/** What is kept of a report's personal part until retention erases it: the shared contract's own fields. */
export type PersonalBody = Partial<Pick<IssueReport, 'description' | 'details' | 'contact' | 'onBehalf'>>;

export interface ReportDetail extends ReportSummary {
  created_at: Date;
  closed_at: Date | null;
  body: PersonalBody | null;
  photo_count: number;
  /** the outward code the person chose to give, kept past retention for the evidence counts */
  postcode_district: string | null;
}

export interface ReportEvent {
  at: Date;
  staff: string;
  from_status: Status;
  to_status: Status;
  note: string | null;
  passed_on_to: PassedOnTo | null;
  person_note: string | null;
}

const SUMMARY = 'id, reference, received_at, area, category, language, status, erased_at, passed_on_to';

export async function listReports(db: Queryable, f: ReportFilters): Promise<{ rows: ReportSummary[]; total: number }> {
  const { where, params } = filtersToSql(f);
  const n = params.length;
  const rows = await db.query<ReportSummary>(
    `SELECT ${SUMMARY} FROM reports ${where} ORDER BY received_at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, PAGE_SIZE, (f.page - 1) * PAGE_SIZE],
  );
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reports ${where}`, params);
  return { rows, total: count?.n ?? 0 };
}

export function exportReports(db: Queryable, f: ReportFilters): Promise<ReportDetail[]> {
  const { where, params } = filtersToSql(f);
  return db.query<ReportDetail>(
    `SELECT ${SUMMARY}, created_at, closed_at, body, photo_count, postcode_district FROM reports ${where} ORDER BY received_at DESC, id DESC LIMIT ${EXPORT_MAX}`,
    params,
  );
}

export async function findReport(db: Queryable, reference: string): Promise<ReportDetail | null> {
  const [row] = await db.query<ReportDetail>(
    `SELECT ${SUMMARY}, created_at, closed_at, body, photo_count, postcode_district FROM reports WHERE reference = $1`,
    [reference],
  );
  return row ?? null;
}

export function reportEvents(db: Queryable, reportId: number): Promise<ReportEvent[]> {
  return db.query<ReportEvent>(
    `SELECT e.at, s.name AS staff, e.from_status, e.to_status, e.note, e.passed_on_to, e.person_note
     FROM report_events e JOIN staff s ON s.id = e.staff_id WHERE e.report_id = $1 ORDER BY e.at, e.id`,
    [reportId],
  );
}

export async function findPhoto(
  db: Queryable,
  reportId: number,
  position: number,
): Promise<{ media_type: string; data: Uint8Array } | null> {
  const [row] = await db.query<{ media_type: string; data: Uint8Array }>(
    'SELECT media_type, data FROM report_photos WHERE report_id = $1 AND position = $2',
    [reportId, position],
  );
  return row ?? null;
}

export type MoveResult = MoveCheck | PersonCheck | { ok: false; problem: 'changed' };

/** Moves a report on, if nobody else moved it since the page was drawn (`from` is what staff saw). */
export function moveReport(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  move: {
    reportId: number;
    staffId: number;
    from: Status;
    to: Status;
    note: string;
    now: Date;
    /** what the person sees: to whom it was passed on, and a note for them */
    passedOnTo?: string;
    personNote?: string;
  },
): Promise<MoveResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: Status }>('SELECT status FROM reports WHERE id = $1 FOR UPDATE', [move.reportId]);
    if (!row || row.status !== move.from) return { ok: false, problem: 'changed' } as const;
    const check = checkMove(move.from, move.to, move.note);
    if (!check.ok) return check;
    const person = checkPersonPart(move.to, move.passedOnTo ?? '', move.personNote ?? '');
    if (!person.ok) return person;
    // Closing keeps who it was passed on to, so the record still says where it went.
    await tx.query(
      `UPDATE reports SET status = $2, status_changed_at = $3, closed_at = CASE WHEN $2 = 'closed' THEN $3::timestamptz ELSE NULL END,
         passed_on_to = COALESCE($4, passed_on_to) WHERE id = $1`,
      [move.reportId, move.to, move.now, person.passedOnTo],
    );
    await tx.query(
      `INSERT INTO report_events (report_id, staff_id, at, from_status, to_status, note, passed_on_to, person_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [move.reportId, move.staffId, move.now, move.from, move.to, check.note, person.passedOnTo, person.personNote],
    );
    return check;
  });
}
