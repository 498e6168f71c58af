// One POST of one report (or one question about it), always with a deadline. Returns what happened; deciding what it means is answer.ts.
import type { Answer } from '../outbox/answer';

export const INTAKE_URL = '/api/reports';

/** The server's cap on one whole body (src/server/app.ts BODY_TOTAL_MS): waiting longer gains nothing. */
export const SEND_CAP_MS = 10 * 60_000;

/** 15 s plus time for the body at 32 kbit/s: a 64 kbit/s 2G link that loses half to overhead and
 * retransmits still finishes in time. fetch() shows no upload progress, so the size is the guide. */
export function sendTimeoutMs(bodyBytes: number): number {
  return Math.min(15_000 + Math.ceil(bodyBytes / 4), SEND_CAP_MS);
}

export function postReport(id: string, payload: unknown, fetcher: typeof fetch = fetch, timeoutMs?: number): Promise<Answer> {
  const body = JSON.stringify(payload);
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id }, body };
  return ask(INTAKE_URL, init, fetcher, timeoutMs ?? sendTimeoutMs(body.length));
}

/** "Do you already have this report?": 200 {reference} or 404, for a few bytes instead of the whole body again. */
export function checkReport(id: string, fetcher: typeof fetch = fetch, timeoutMs = 15_000): Promise<Answer> {
  return ask(`${INTAKE_URL}/${encodeURIComponent(id)}`, { method: 'GET' }, fetcher, timeoutMs);
}

async function ask(url: string, init: RequestInit, fetcher: typeof fetch, timeoutMs: number): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetcher(url, { ...init, signal: controller.signal, credentials: 'same-origin', cache: 'no-store' });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    let parsed: unknown;
    if (/json/i.test(contentType)) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    return { kind: 'response', status: res.status, contentType, body: parsed, retryAfter: res.headers.get('retry-after') };
  } catch {
    return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
