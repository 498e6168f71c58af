// GET /api/reports/<reference>/status: what staff did with a report, for the one phone holding its token.
// No personal data; a wrong token, a malformed one and an unknown reference all get the same 404.
import type { Hono } from 'hono';
import type { Queryable } from '../db/database';
import type { RateLimiter } from '../intake/rate-limit';
import { isValidReference, normaliseReference } from '../intake/reference';
import { isTokenShape, tokenMatches } from '../intake/status-token';
import { clientAddress, isSameOrigin } from '../request-info';

export interface ReportStatusOptions {
  db: Queryable;
  limiter: RateLimiter;
  trustProxy: boolean;
}

export interface StatusAnswer {
  status: 'new' | 'in_progress' | 'passed_on' | 'closed';
  changedAt: string;
  passedOnTo?: string;
  note?: string;
}

// The note is the latest change's own: a note written when passing on is not shown under "closed".
const STATUS = `
SELECT r.status_token_hash, r.status, r.status_changed_at, r.passed_on_to,
  (SELECT e.person_note FROM report_events e WHERE e.report_id = r.id ORDER BY e.at DESC, e.id DESC LIMIT 1) AS note
FROM reports r WHERE r.reference = $1`;

interface StatusRow {
  status_token_hash: string | null;
  status: StatusAnswer['status'];
  status_changed_at: Date;
  passed_on_to: string | null;
  note: string | null;
}

export function tokenFrom(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? '';
}

export function mountReportStatus(app: Hono, options: ReportStatusOptions): void {
  app.get('/api/reports/:reference/status', async (c) => {
    if (!isSameOrigin(c, options.trustProxy)) return c.json({ error: 'cross_origin' }, 403);
    const rate = options.limiter.take(clientAddress(c, options.trustProxy));
    if (!rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return c.json({ error: 'rate_limited' }, 429);
    }
    c.header('Cache-Control', 'no-store');
    const reference = normaliseReference(c.req.param('reference'));
    const token = tokenFrom(c.req.header('authorization'));
    const shaped = isValidReference(reference) && isTokenShape(token);
    const [row] = shaped ? await options.db.query<StatusRow>(STATUS, [reference]) : [];
    // The hash is compared even without a row, so the answer takes as long either way.
    if (!tokenMatches(row?.status_token_hash, token) || !row) return c.json({ error: 'not_found' }, 404);
    const answer: StatusAnswer = { status: row.status, changedAt: row.status_changed_at.toISOString() };
    if (row.status === 'passed_on' && row.passed_on_to) answer.passedOnTo = row.passed_on_to;
    if (row.note) answer.note = row.note;
    return c.json(answer, 200);
  });
}
