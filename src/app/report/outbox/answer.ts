// What the intake's answer means for a waiting report. Only a JSON answer of the right shape counts as
// "sent": a captive portal's 200 HTML page, a proxy's error page or a cut connection all mean "try again".
import type { FieldError } from '../../../shared/report';
import type { RetryReason } from '../../storage/db';
import { parseRetryAfter } from './backoff';

export type Answer =
  | { kind: 'response'; status: number; contentType: string; body: unknown; retryAfter: string | null }
  | { kind: 'network' }
  | { kind: 'timeout' };

export type Verdict =
  | { kind: 'sent'; reference: string; statusToken?: string }
  | { kind: 'attention'; errors: FieldError[] }
  | { kind: 'paused'; status: number }
  | { kind: 'retry'; reason: RetryReason; retryAfterMs?: number };

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/;

function isJson(contentType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim());
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function tokenOf(body: unknown): string | undefined {
  const token = (body as { statusToken?: unknown } | null)?.statusToken;
  return typeof token === 'string' && TOKEN.test(token) ? token : undefined;
}

function referenceOf(body: unknown): string | undefined {
  const ref = (body as { reference?: unknown } | null)?.reference;
  return typeof ref === 'string' && REFERENCE.test(ref) ? ref : undefined;
}

/** The server's field errors, in the contract's one shape: `{field, code}`. */
function errorsOf(body: unknown, fallback: FieldError): FieldError[] {
  const list = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(list)) return [fallback];
  const errors = list.flatMap((e: { field?: unknown; code?: unknown }) => {
    if (typeof e?.code !== 'string') return [];
    return [{ field: typeof e.field === 'string' ? e.field : 'body', code: e.code.slice(0, 60) }];
  });
  return errors.length ? errors : [fallback];
}

export function classifyAnswer(answer: Answer, now: number): Verdict {
  if (answer.kind === 'network') return { kind: 'retry', reason: 'offline' };
  if (answer.kind === 'timeout') return { kind: 'retry', reason: 'timeout' };
  const { status } = answer;
  const json = isJson(answer.contentType);
  const retryAfterMs = parseRetryAfter(answer.retryAfter, now);
  const retry = (reason: RetryReason): Verdict =>
    retryAfterMs === undefined ? { kind: 'retry', reason } : { kind: 'retry', reason, retryAfterMs };

  if (status === 200 || status === 201) {
    const reference = json ? referenceOf(answer.body) : undefined;
    if (!reference) return retry('portal');
    const statusToken = tokenOf(answer.body);
    return statusToken ? { kind: 'sent', reference, statusToken } : { kind: 'sent', reference };
  }
  if (status === 400 && json) return { kind: 'attention', errors: errorsOf(answer.body, { field: 'body', code: 'invalid' }) };
  if (status === 422 && json) return { kind: 'attention', errors: errorsOf(answer.body, { field: 'body', code: 'conflict' }) };
  if (status === 413) return { kind: 'attention', errors: [{ field: 'photos', code: 'too_large' }] };
  if (status === 401 || status === 403) return { kind: 'paused', status };
  if (status === 409 || status === 429) return retry('busy');
  if (status === 408 || status >= 500) return retry('server');
  // Anything else (a portal's redirect target, a 404 from a misconfigured proxy) is not the intake speaking.
  return retry(json ? 'unexpected' : 'portal');
}
