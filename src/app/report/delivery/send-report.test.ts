import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../shared/report';
import { checkReport, postReport, sendTimeoutMs } from './send-report';

describe('sending one report', () => {
  it('puts the report id in the Idempotency-Key header and the body', async () => {
    let seen: RequestInit | undefined;
    const fetcher = (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response(JSON.stringify({ reference: 'SEF-AAAA-1B' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const answer = await postReport('id-1', { id: 'id-1' }, fetcher);
    expect(answer).toEqual({
      kind: 'response',
      status: 201,
      contentType: 'application/json',
      body: { reference: 'SEF-AAAA-1B' },
      retryAfter: null,
    });
    expect((seen?.headers as Record<string, string>)['Idempotency-Key']).toBe('id-1');
    expect(seen?.body).toBe('{"id":"id-1"}');
  });

  it('gives up on a hanging server after its deadline', async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as typeof fetch;
    expect(await postReport('id-2', {}, hanging, 30)).toEqual({ kind: 'timeout' });
  });

  it('reports a dropped connection as a network failure', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await postReport('id-3', {}, offline)).toEqual({ kind: 'network' });
  });

  it('survives a JSON content type with a body that is not JSON', async () => {
    const broken = (async () => new Response('<html>', { status: 200, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
    expect(await postReport('id-4', {}, broken)).toMatchObject({ status: 200, body: undefined });
  });

  it("allows more time for bigger bodies, within the server's ten minutes", () => {
    expect(sendTimeoutMs(1_000)).toBe(15_250);
    expect(sendTimeoutMs(400_000)).toBe(115_000);
    expect(sendTimeoutMs(10_000_000)).toBe(600_000);
  });

  it('does not cut the largest report while it crawls up a 64 kbit/s link with 20 % overhead', async () => {
    vi.useFakeTimers();
    try {
      const body = { id: 'id-5', photos: [{ type: 'image/jpeg', data: 'A'.repeat(LIMITS.bodyBytes - 100) }] };
      const uploadMs = ((JSON.stringify(body).length * 1.2) / 8000) * 1000;
      const slow = ((_url: string, init: RequestInit) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(
            () => resolve(new Response('{"reference":"SEF-AAAA-1B"}', { status: 201, headers: { 'Content-Type': 'application/json' } })),
            uploadMs,
          );
          init.signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('aborted', 'AbortError'));
          });
        })) as typeof fetch;
      const answer = postReport('id-5', body, slow);
      await vi.advanceTimersByTimeAsync(uploadMs + 1);
      expect(await answer).toMatchObject({ kind: 'response', status: 201 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks whether the intake has a report with a GET by its key, with no body', async () => {
    let url = '';
    let seen: RequestInit | undefined;
    const fetcher = (async (u: string, init: RequestInit) => {
      url = u;
      seen = init;
      return new Response('{"error":"not_stored"}', { status: 404, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    expect(await checkReport('6f1c2b7e-4d0a-4c1e-9a51-3b8f2f6d9e10', fetcher)).toMatchObject({
      kind: 'response',
      status: 404,
      body: { error: 'not_stored' },
    });
    expect(url).toBe('/api/reports/6f1c2b7e-4d0a-4c1e-9a51-3b8f2f6d9e10');
    expect(seen).toMatchObject({ method: 'GET', cache: 'no-store' });
    expect(seen?.body).toBeUndefined();
  });
});
