import { describe, expect, it } from 'vitest';
import { classifyAnswer, type Answer } from './answer';

const now = Date.parse('2026-05-01T12:00:00Z');
const json = (status: number, body: unknown, retryAfter: string | null = null): Answer => ({
  kind: 'response',
  status,
  contentType: 'application/json; charset=utf-8',
  body,
  retryAfter,
});

describe('the intake answer', () => {
  it('is sent when 201 or 200 carries a reference in JSON', () => {
    expect(classifyAnswer(json(201, { reference: 'SEF-7K3Q-9D' }), now)).toEqual({ kind: 'sent', reference: 'SEF-7K3Q-9D' });
    expect(classifyAnswer(json(200, { reference: 'STO-AB12-3C' }), now)).toEqual({ kind: 'sent', reference: 'STO-AB12-3C' });
  });

  it('keeps the status token a 201 or 200 carries, and ignores one of the wrong shape', () => {
    const statusToken = 'aZ_-'.repeat(10) + 'abc';
    expect(classifyAnswer(json(201, { reference: 'SEF-7K3Q-9D', statusToken }), now)).toEqual({
      kind: 'sent',
      reference: 'SEF-7K3Q-9D',
      statusToken,
    });
    expect(classifyAnswer(json(200, { reference: 'SEF-7K3Q-9D', statusToken: '<b>x</b>' }), now)).toEqual({
      kind: 'sent',
      reference: 'SEF-7K3Q-9D',
    });
  });

  it('is not sent when a captive portal answers 200 with an HTML page', () => {
    const portal: Answer = { kind: 'response', status: 200, contentType: 'text/html', body: undefined, retryAfter: null };
    expect(classifyAnswer(portal, now)).toEqual({ kind: 'retry', reason: 'portal' });
  });

  it('is not sent when a 200 JSON answer has no usable reference', () => {
    expect(classifyAnswer(json(200, { ok: true }), now).kind).toBe('retry');
    expect(classifyAnswer(json(201, { reference: '<script>' }), now).kind).toBe('retry');
  });

  it('needs attention with the server errors on 400', () => {
    const verdict = classifyAnswer(json(400, { errors: [{ field: 'contact.phone', code: 'invalid' }] }), now);
    expect(verdict).toEqual({ kind: 'attention', errors: [{ field: 'contact.phone', code: 'invalid' }] });
  });

  it("reads errors only in the contract's {field, code} shape; anything else is the whole report, invalid", () => {
    const verdict = classifyAnswer(json(400, { errors: [{ field: 'description', message: 'required' }] }), now);
    expect(verdict).toEqual({ kind: 'attention', errors: [{ field: 'body', code: 'invalid' }] });
  });

  it('needs attention on 422 (the same key with a different body) and on 413', () => {
    expect(classifyAnswer(json(422, {}), now)).toEqual({ kind: 'attention', errors: [{ field: 'body', code: 'conflict' }] });
    expect(classifyAnswer(json(413, {}), now)).toEqual({ kind: 'attention', errors: [{ field: 'photos', code: 'too_large' }] });
  });

  it('pauses on 401 and 403', () => {
    expect(classifyAnswer(json(401, {}), now)).toEqual({ kind: 'paused', status: 401 });
    expect(classifyAnswer(json(403, {}), now)).toEqual({ kind: 'paused', status: 403 });
  });

  it('retries 408, 5xx, network errors and timeouts', () => {
    for (const status of [408, 500, 502, 503, 504])
      expect(classifyAnswer(json(status, {}), now)).toEqual({ kind: 'retry', reason: 'server' });
    expect(classifyAnswer({ kind: 'network' }, now)).toEqual({ kind: 'retry', reason: 'offline' });
    expect(classifyAnswer({ kind: 'timeout' }, now)).toEqual({ kind: 'retry', reason: 'timeout' });
  });

  it('retries 429 and 409 after the wait the server gives', () => {
    expect(classifyAnswer(json(429, {}, '7'), now)).toEqual({ kind: 'retry', reason: 'busy', retryAfterMs: 7000 });
    expect(classifyAnswer(json(503, {}, 'Fri, 01 May 2026 12:01:00 GMT'), now)).toEqual({
      kind: 'retry',
      reason: 'server',
      retryAfterMs: 60_000,
    });
    expect(classifyAnswer(json(409, {}), now)).toEqual({ kind: 'retry', reason: 'busy' });
  });

  it('never drops a report on an answer it does not understand', () => {
    expect(classifyAnswer({ kind: 'response', status: 404, contentType: 'text/html', body: undefined, retryAfter: null }, now).kind).toBe(
      'retry',
    );
    expect(classifyAnswer({ kind: 'response', status: 400, contentType: 'text/html', body: undefined, retryAfter: null }, now).kind).toBe(
      'retry',
    );
  });
});
