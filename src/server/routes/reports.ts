// POST /api/reports: the intake contract (architecture.md, "Intake API"). Every refusal is JSON and 4xx.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import { areaPrefix, type AreaId } from '../../shared/areas';
import { LIMITS, validateReport, type FieldError } from '../../shared/report';
import type { Database } from '../db/database';
import { hashBody } from '../intake/canonical-json';
import type { RateLimiter } from '../intake/rate-limit';
import { readJsonBody, type BodyTimeouts } from '../intake/read-body';
import { createReference } from '../intake/reference';
import { backfillTokenHash, storeReport } from '../intake/report-store';
import { deriveStatusToken, hashStatusToken, loadStatusSecret } from '../intake/status-token';
import { clientAddress, isSameOrigin } from '../request-info';

export interface ReportRouteOptions {
  db: Database;
  limiter: RateLimiter;
  areaLimiter: RateLimiter;
  trustProxy: boolean;
  /** silence allowed while a body arrives, and the cap on the whole body */
  bodyTimeouts: BodyTimeouts;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The IETF draft sends the key as a quoted structured-field string; a bare UUID is accepted too. */
export function parseIdempotencyKey(header: string | undefined): string | FieldError {
  if (header === undefined || header.trim() === '') return { field: 'idempotencyKey', code: 'required' };
  const key = header.trim().replace(/^"(.*)"$/, '$1');
  return UUID.test(key) ? key.toLowerCase() : { field: 'idempotencyKey', code: 'invalid' };
}

function pool(): () => number {
  let bytes = randomBytes(0);
  let i = 0;
  return () => {
    if (i >= bytes.length) {
      bytes = randomBytes(32);
      i = 0;
    }
    return bytes[i++]!;
  };
}

const fieldErrors = (c: Context, errors: FieldError[]) => c.json({ errors }, 400);

const STORED = 'SELECT reference FROM reports WHERE idempotency_key = $1::uuid';

export function mountReports(app: Hono, options: ReportRouteOptions): void {
  const randomByte = pool();
  let secret: Promise<Buffer> | undefined;
  // Loaded on first use; a failure (the database away) is tried again by the next request.
  const statusToken = async (key: string) => {
    secret ??= loadStatusSecret(options.db).catch((err: unknown) => {
      secret = undefined;
      throw err;
    });
    return deriveStatusToken(await secret, key);
  };
  // "Do you already have it?": a phone whose big upload was cut after the last byte asks before sending it all again.
  // The key is the phone's secret (a random UUID), so the answer tells nothing to anyone else.
  app.get('/api/reports/:key', async (c) => {
    if (!isSameOrigin(c, options.trustProxy)) return c.json({ error: 'cross_origin' }, 403);
    const rate = options.limiter.take(clientAddress(c, options.trustProxy));
    if (!rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return c.json({ error: 'rate_limited' }, 429);
    }
    const key = parseIdempotencyKey(c.req.param('key'));
    if (typeof key !== 'string') return fieldErrors(c, [key]);
    c.header('Cache-Control', 'no-store');
    const [row] = await options.db.query<{ reference: string }>(STORED, [key]);
    if (!row) return c.json({ error: 'not_stored' }, 404);
    const token = await statusToken(key);
    await backfillTokenHash(options.db, key, hashStatusToken(token));
    return c.json({ reference: row.reference, statusToken: token }, 200);
  });
  app.post('/api/reports', async (c) => {
    if (!isSameOrigin(c, options.trustProxy)) return c.json({ error: 'cross_origin' }, 403);
    const rate = options.limiter.take(clientAddress(c, options.trustProxy));
    if (!rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return c.json({ error: 'rate_limited' }, 429);
    }
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return c.json({ error: 'unsupported_media_type' }, 415);
    const key = parseIdempotencyKey(c.req.header('idempotency-key'));
    if (typeof key !== 'string') return fieldErrors(c, [key]);
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const body = await readJsonBody(c.req.raw, incoming, LIMITS.bodyBytes, options.bodyTimeouts);
    if (!body.ok) {
      if (body.status === 400) return fieldErrors(c, [{ field: 'body', code: body.code }]);
      // The rest of an oversized or stalled body is not worth reading: close the connection.
      c.header('Connection', 'close');
      return c.json({ error: body.code }, body.status);
    }
    const result = validateReport(body.value);
    if (!result.ok) return fieldErrors(c, result.errors);
    if (result.value.id.toLowerCase() !== key) return fieldErrors(c, [{ field: 'id', code: 'key_mismatch' }]);
    const report = { ...result.value, id: key };
    const areaRate = options.areaLimiter.take(report.area);
    if (!areaRate.allowed) {
      c.header('Retry-After', String(areaRate.retryAfterSeconds));
      return c.json({ error: 'rate_limited' }, 429);
    }
    // The schema admits only known areas.
    const prefix = areaPrefix(report.area as AreaId);
    const token = await statusToken(key);
    const outcome = await storeReport(
      options.db,
      report,
      hashBody(body.value),
      () => createReference(prefix, randomByte),
      hashStatusToken(token),
    );
    // The same key always gives the same token, so a phone that missed the 201 gets it with the replay.
    switch (outcome.kind) {
      case 'created':
        return c.json({ reference: outcome.reference, statusToken: token }, 201);
      case 'replayed':
        return c.json({ reference: outcome.reference, statusToken: token }, 200);
      case 'in_flight':
        c.header('Retry-After', '1');
        return c.json({ error: 'in_progress' }, 409);
      case 'key_reused':
        return c.json({ error: 'key_reused' }, 422);
    }
  });
}
