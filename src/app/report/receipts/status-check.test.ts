import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, type Receipt } from '../../storage/db';
import { CHECK_EVERY_MS } from './receipt-status';
import { checkStatuses, resetStatusChecks } from './status-check';

const now = Date.parse('2026-12-01T12:00:00Z');
const token = 'T'.repeat(43);
const receipt = (over: Partial<Receipt> = {}): Receipt => ({
  id: crypto.randomUUID(),
  reference: 'SEF-7K3Q-9D',
  category: 'repair',
  sentAt: now - CHECK_EVERY_MS * 3,
  statusToken: token,
  ...over,
});
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const passedOn = { status: 'passed_on', changedAt: '2026-12-01T11:00:00.000Z', passedOnTo: 'migrant_help', note: 'They will call you.' };

beforeEach(async () => {
  resetStatusChecks();
  await db.receipts.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('asking what became of sent reports', () => {
  it('asks with the token, keeps the answer and when it came', async () => {
    const r = receipt();
    await db.receipts.put(r);
    const fetcher = vi.fn(() => Promise.resolve(json(passedOn)));
    expect(await checkStatuses(fetcher as typeof fetch, now)).toBe(1);
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/reports/SEF-7K3Q-9D/status');
    expect(new Headers(init.headers).get('authorization')).toBe(`Bearer ${token}`);
    expect(await db.receipts.get(r.id)).toEqual({ ...r, seen: passedOn, checkedAt: now });
  });

  it('asks again only after an hour, so app starts and returns to the front are no loop', async () => {
    await db.receipts.put(receipt());
    const fetcher = vi.fn(() => Promise.resolve(json({ status: 'new', changedAt: '2026-12-01T11:00:00Z' })));
    await checkStatuses(fetcher as typeof fetch, now);
    await checkStatuses(fetcher as typeof fetch, now + 60_000);
    await checkStatuses(fetcher as typeof fetch, now + CHECK_EVERY_MS - 1);
    expect(fetcher).toHaveBeenCalledTimes(1);
    await checkStatuses(fetcher as typeof fetch, now + CHECK_EVERY_MS);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('without signal keeps the last status it saw and its date, and does not count as asked', async () => {
    const r = receipt({ seen: { status: 'in_progress', changedAt: '2026-11-30T09:00:00Z' }, checkedAt: now - CHECK_EVERY_MS * 2 });
    await db.receipts.put(r);
    const offline = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await checkStatuses(offline as typeof fetch, now)).toBe(0);
    expect(await db.receipts.get(r.id)).toEqual(r);
    // A captive portal's page is no answer either.
    resetStatusChecks();
    const portal = vi.fn(() => Promise.resolve(new Response('<html>sign in</html>', { headers: { 'content-type': 'text/html' } })));
    await checkStatuses(portal as typeof fetch, now);
    expect(await db.receipts.get(r.id)).toEqual(r);
  });

  it('does not ask while the page is hidden', async () => {
    await db.receipts.put(receipt());
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const fetcher = vi.fn(() => Promise.resolve(json(passedOn)));
    await checkStatuses(fetcher as typeof fetch, now);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('stops asking about a closed report', async () => {
    const r = receipt();
    await db.receipts.put(r);
    const fetcher = vi.fn(() => Promise.resolve(json({ status: 'closed', changedAt: '2026-12-01T11:00:00Z' })));
    await checkStatuses(fetcher as typeof fetch, now);
    await checkStatuses(fetcher as typeof fetch, now + 10 * CHECK_EVERY_MS);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('writes nothing back for a receipt deleted while the question was out', async () => {
    const r = receipt();
    await db.receipts.put(r);
    const fetcher = vi.fn(async () => {
      await db.receipts.delete(r.id);
      return json(passedOn);
    });
    await checkStatuses(fetcher as typeof fetch, now);
    expect(await db.receipts.count()).toBe(0);
  });
});
