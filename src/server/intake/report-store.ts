// Stores a report exactly once per idempotency key, in one statement: a transaction-scoped advisory lock
// on the key answers "still in flight" to a concurrent twin on any server process, and the UNIQUE key
// makes every later copy a replay (same body hash) or a conflict (different body).
import type { IssueReport } from '../../shared/report';
import type { Queryable } from '../db/database';

export type StoreOutcome =
  { kind: 'created'; reference: string } | { kind: 'replayed'; reference: string } | { kind: 'in_flight' } | { kind: 'key_reused' };

const INSERT = `
WITH lock AS (SELECT pg_try_advisory_xact_lock(1, hashtext($1::text)) AS got),
inserted AS (
  INSERT INTO reports (idempotency_key, reference, body_hash, schema_version, area, category, language, created_at, body, photo_count, status_token_hash, problem, postcode_district)
  SELECT $1::uuid, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::jsonb, cardinality($10::text[]), $12, $13, $14 FROM lock WHERE got
  ON CONFLICT DO NOTHING
  RETURNING id
),
photos AS (
  INSERT INTO report_photos (report_id, position, media_type, data)
  SELECT inserted.id, p.position::integer, p.media_type, decode(p.data, 'base64')
  FROM inserted, unnest($10::text[], $11::text[]) WITH ORDINALITY AS p(media_type, data, position)
)
SELECT (SELECT got FROM lock) AS got, (SELECT id FROM inserted) AS id`;

const EXISTING = 'SELECT reference, body_hash FROM reports WHERE idempotency_key = $1::uuid';
// A report stored before status tokens existed gets one the first time its phone asks again.
const BACKFILL = 'UPDATE reports SET status_token_hash = $2 WHERE idempotency_key = $1::uuid AND status_token_hash IS NULL';

export async function backfillTokenHash(db: Queryable, idempotencyKey: string, tokenHash: string): Promise<void> {
  await db.query(BACKFILL, [idempotencyKey, tokenHash]);
}

/** What the person wrote, kept until retention erases it; the rest has columns of its own. */
export function personalBody(report: IssueReport): string {
  const { description, details, contact, onBehalf } = report;
  return JSON.stringify({ description, details, contact, onBehalf });
}

/** The problem picked from the list (repair, Aspen), kept for the evidence counts after retention. */
function problemOf(report: IssueReport): string | null {
  const problem = (report.details as Record<string, unknown>).problem;
  return typeof problem === 'string' ? problem : null;
}

export async function storeReport(
  db: Queryable,
  report: IssueReport,
  bodyHash: string,
  newReference: () => string,
  tokenHash: string | null = null,
): Promise<StoreOutcome> {
  const photos = report.photos ?? [];
  // A clash on the reference (not the key) inserts nothing without a replay to find: draw again.
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = newReference();
    const [row] = await db.query<{ got: boolean; id: number | null }>(INSERT, [
      report.id,
      reference,
      bodyHash,
      report.schemaVersion,
      report.area,
      report.category,
      report.language,
      report.createdAt,
      personalBody(report),
      photos.map((p) => p.type),
      photos.map((p) => p.data),
      tokenHash,
      problemOf(report),
      report.postcodeDistrict ?? null,
    ]);
    if (!row?.got) return { kind: 'in_flight' };
    if (row.id !== null) return { kind: 'created', reference };
    const [existing] = await db.query<{ reference: string; body_hash: string }>(EXISTING, [report.id]);
    if (!existing) continue;
    if (existing.body_hash !== bodyHash) return { kind: 'key_reused' };
    if (tokenHash) await backfillTokenHash(db, report.id, tokenHash);
    return { kind: 'replayed', reference: existing.reference };
  }
  throw new Error('could not draw a free reference');
}
