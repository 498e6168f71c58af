// The status token: HMAC of the report's idempotency key under a per-server secret, so a re-sent report gets
// the same token back; the database keeps only its SHA-256, compared in constant time.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database';

const SECRET_NAME = 'status_token';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The server's secret, made once (any process may race to make it: the first insert wins). */
export async function loadStatusSecret(db: Queryable): Promise<Buffer> {
  await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    SECRET_NAME,
    randomBytes(32).toString('base64'),
  ]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
  if (!row) throw new Error('status token secret missing');
  return Buffer.from(row.value, 'base64');
}

export function deriveStatusToken(secret: Buffer, idempotencyKey: string): string {
  return createHmac('sha256', secret).update(`status:${idempotencyKey.toLowerCase()}`).digest('base64url');
}

export function hashStatusToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isTokenShape(token: string): boolean {
  return TOKEN.test(token);
}

/** True when `token` hashes to `storedHash`; always does the same work, so a wrong token and no report look alike. */
export function tokenMatches(storedHash: string | null | undefined, token: string): boolean {
  const given = Buffer.from(hashStatusToken(token), 'hex');
  const stored = Buffer.from(storedHash && /^[0-9a-f]{64}$/.test(storedHash) ? storedHash : '0'.repeat(64), 'hex');
  return timingSafeEqual(given, stored) && Boolean(storedHash);
}
