import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../storage/db';
import type { Answer } from '../outbox/answer';
import v0 from '../../../../test/fixtures/report-v0.json';
import { claimNext, enqueueReport, listOutbox } from '../outbox/outbox-store';
import { sendPass } from './sender';
import { fakeIntake, sampleReport } from '../../../../test/fixtures/fake-intake';

const fixed = () => 1;
let clock = Date.parse('2026-05-01T12:00:00Z');
const now = () => clock;

beforeEach(async () => {
  await Promise.all([db.outbox.clear(), db.receipts.clear(), db.drafts.clear(), db.leases.clear()]);
  clock = Date.parse('2026-05-01T12:00:00Z');
});

describe('a send pass', () => {
  it('sends every due report once, oldest first, with its id as Idempotency-Key', async () => {
    const intake = fakeIntake();
    const order: string[] = [];
    const first = await enqueueReport(sampleReport(), undefined, clock - 2000);
    const second = await enqueueReport(sampleReport(), undefined, clock - 1000);
    const result = await sendPass({ owner: 't', now, post: async (id, p) => (order.push(id), intake.receive(id, p)) });
    expect(result).toEqual({ sent: 2 });
    expect(order).toEqual([first.id, second.id]);
    expect(await listOutbox()).toEqual([]);
    expect((await db.receipts.toArray()).map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('parks a report the intake refuses and still sends the other nine', async () => {
    const intake = fakeIntake();
    const bad = sampleReport();
    for (let i = 0; i < 9; i++) await enqueueReport(sampleReport(), undefined, clock - 100 + i);
    await enqueueReport(bad, undefined, clock - 200);
    const post = async (id: string, p: unknown): Promise<Answer> =>
      id === bad.id
        ? {
            kind: 'response',
            status: 400,
            contentType: 'application/json',
            body: { errors: [{ field: 'contact.phone', code: 'invalid' }] },
            retryAfter: null,
          }
        : intake.receive(id, p);
    expect(await sendPass({ owner: 't', now, post })).toEqual({ sent: 9 });
    const left = await listOutbox();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ id: bad.id, state: 'attention', errors: [{ field: 'contact.phone', code: 'invalid' }] });
  });

  it('stops at the first failure so the queue waits, then delivers after repeated 500s', async () => {
    const intake = fakeIntake();
    const a = await enqueueReport(sampleReport(), undefined, clock - 2);
    await enqueueReport(sampleReport(), undefined, clock - 1);
    const down = vi.fn(async (): Promise<Answer> => ({
      kind: 'response',
      status: 500,
      contentType: 'text/plain',
      body: undefined,
      retryAfter: null,
    }));
    for (const wait of [1000, 2000, 4000]) {
      expect(await sendPass({ owner: 't', now, post: down, random: fixed })).toEqual({ sent: 0, stopWaitMs: wait });
      clock += wait;
    }
    expect(down).toHaveBeenCalledTimes(3);
    expect((await listOutbox()).find((i) => i.id === a.id)).toMatchObject({ attempts: 3, state: 'queued', retryReason: 'server' });
    expect(await sendPass({ owner: 't', now, post: (id, p) => Promise.resolve(intake.receive(id, p)) })).toEqual({ sent: 2 });
    expect(intake.stored.size).toBe(2);
  });

  it('sends the same key and body again when the answer was lost after the intake stored it', async () => {
    const intake = fakeIntake();
    const item = await enqueueReport(sampleReport(), undefined, clock);
    const lost = async (id: string, p: unknown): Promise<Answer> => (intake.receive(id, p), { kind: 'network' });
    await sendPass({ owner: 't', now, post: lost, random: fixed });
    clock += 1000;
    await sendPass({ owner: 't', now, post: (id, p) => Promise.resolve(intake.receive(id, p)) });
    expect(intake.stored.size).toBe(1);
    expect(await db.receipts.get(item.id)).toMatchObject({ reference: `SEF-${item.id.slice(0, 4).toUpperCase()}` });
  });

  it('does not count a captive portal page as sent', async () => {
    await enqueueReport(sampleReport(), undefined, clock);
    const portal = async (): Promise<Answer> => ({
      kind: 'response',
      status: 200,
      contentType: 'text/html',
      body: undefined,
      retryAfter: null,
    });
    expect(await sendPass({ owner: 't', now, post: portal, random: fixed })).toEqual({ sent: 0, stopWaitMs: 1000 });
    expect(await listOutbox()).toMatchObject([{ state: 'queued', retryReason: 'portal' }]);
    expect(await db.receipts.count()).toBe(0);
  });

  it('takes back a report a dead sender left "sending"', async () => {
    const intake = fakeIntake();
    await enqueueReport(sampleReport(), undefined, clock);
    expect(await claimNext('tab-that-died', clock)).toBeDefined();
    expect(await sendPass({ owner: 'new-tab', now, post: (id, p) => Promise.resolve(intake.receive(id, p)) })).toEqual({ sent: 1 });
  });

  it('upgrades an old-format report before sending it, keeping its key', async () => {
    const intake = fakeIntake();
    await db.outbox.add({
      id: v0.id,
      state: 'queued',
      category: 'repair',
      area: 'sefton',
      payloadVersion: 0,
      payload: structuredClone(v0),
      createdAt: clock,
      attempts: 0,
    });
    expect(await sendPass({ owner: 't', now, post: (id, p) => Promise.resolve(intake.receive(id, p)) })).toEqual({ sent: 1 });
    const body = JSON.parse(intake.stored.get(v0.id)!) as Record<string, unknown>;
    expect(body).toMatchObject({ schemaVersion: 1, id: v0.id, language: 'ar', consent: true });
  });

  it('leaves no name, phone number or words on the phone after delivery', async () => {
    const intake = fakeIntake();
    await enqueueReport(sampleReport({ description: 'secret words here' }), undefined, clock);
    await sendPass({ owner: 't', now, post: (id, p) => Promise.resolve(intake.receive(id, p)) });
    const everything = JSON.stringify(
      await Promise.all([db.outbox.toArray(), db.receipts.toArray(), db.drafts.toArray(), db.leases.toArray()]),
    );
    for (const secret of ['Amina', '07700 900123', 'secret words here']) expect(everything).not.toContain(secret);
    expect(Object.keys((await db.receipts.toArray())[0]!).sort()).toEqual(['category', 'id', 'reference', 'sentAt']);
  });

  it('stops retrying by itself after a day of the same 500 and asks the person instead', async () => {
    const item = await enqueueReport(sampleReport(), undefined, clock);
    const down = vi.fn(async (): Promise<Answer> => ({
      kind: 'response',
      status: 500,
      contentType: 'application/json',
      body: { error: 'server_error' },
      retryAfter: null,
    }));
    const dayLater = clock + 25 * 3600_000;
    while (clock < dayLater) {
      const result = await sendPass({ owner: 't', now, post: down, random: fixed });
      if (result.stopWaitMs === undefined) break;
      clock += result.stopWaitMs;
    }
    expect(await db.outbox.get(item.id)).toMatchObject({
      state: 'attention',
      errors: [{ field: 'body', code: 'server_refused' }],
      refusal: { status: 500 },
    });
    const calls = down.mock.calls.length;
    clock += 7 * 24 * 3600_000;
    await sendPass({ owner: 't', now, post: down, random: fixed });
    expect(down).toHaveBeenCalledTimes(calls);
  });

  describe('a report with photos whose last try was cut', () => {
    const withPhoto = () => sampleReport({ photos: [{ type: 'image/jpeg', data: 'A'.repeat(40_000) }] } as never);
    const checker = (intake: ReturnType<typeof fakeIntake>) =>
      vi.fn(async (id: string): Promise<Answer> => {
        const reference = `SEF-${id.slice(0, 4).toUpperCase()}`;
        return intake.stored.has(id)
          ? { kind: 'response', status: 200, contentType: 'application/json', body: { reference }, retryAfter: null }
          : { kind: 'response', status: 404, contentType: 'application/json', body: { error: 'not_stored' }, retryAfter: null };
      });

    it('asks the intake first and, when it already has it, is delivered without sending the photos again', async () => {
      const intake = fakeIntake();
      const item = await enqueueReport(withPhoto(), undefined, clock);
      const lostAnswer = vi.fn(async (id: string, p: unknown): Promise<Answer> => (intake.receive(id, p), { kind: 'timeout' }));
      const check = checker(intake);
      await sendPass({ owner: 't', now, post: lostAnswer, check, random: fixed });
      expect(check).not.toHaveBeenCalled();
      clock += 1000;
      expect(await sendPass({ owner: 't', now, post: lostAnswer, check, random: fixed })).toEqual({ sent: 1 });
      expect(lostAnswer).toHaveBeenCalledTimes(1);
      expect(check).toHaveBeenCalledWith(item.id);
      expect(await db.receipts.get(item.id)).toMatchObject({ reference: `SEF-${item.id.slice(0, 4).toUpperCase()}` });
    });

    it('sends it again, once, when the intake says it does not have it', async () => {
      const intake = fakeIntake();
      await enqueueReport(withPhoto(), undefined, clock);
      const cut = vi.fn(async (): Promise<Answer> => ({ kind: 'network' }));
      const check = checker(intake);
      await sendPass({ owner: 't', now, post: cut, check, random: fixed });
      clock += 1000;
      const post = vi.fn(async (id: string, p: unknown) => intake.receive(id, p));
      expect(await sendPass({ owner: 't', now, post, check, random: fixed })).toEqual({ sent: 1 });
      expect(check).toHaveBeenCalledTimes(1);
      expect(post).toHaveBeenCalledTimes(1);
      expect(intake.stored.size).toBe(1);
    });

    it('does not start the upload again while even the question gets no answer', async () => {
      await enqueueReport(withPhoto(), undefined, clock);
      const post = vi.fn(async (): Promise<Answer> => ({ kind: 'network' }));
      const check = vi.fn(async (): Promise<Answer> => ({ kind: 'network' }));
      await sendPass({ owner: 't', now, post, check, random: fixed });
      for (let i = 0; i < 3; i++) {
        clock += 60_000;
        await sendPass({ owner: 't', now, post, check, random: fixed });
      }
      expect(post).toHaveBeenCalledTimes(1);
      expect(check).toHaveBeenCalledTimes(3);
    });

    it('is not asked about when it is small or when the intake answered last time', async () => {
      const intake = fakeIntake();
      await enqueueReport(sampleReport(), undefined, clock);
      const check = checker(intake);
      await sendPass({ owner: 't', now, post: async () => ({ kind: 'network' }), check, random: fixed });
      clock += 1000;
      await sendPass({ owner: 't', now, post: (id, p) => Promise.resolve(intake.receive(id, p)), check, random: fixed });
      await enqueueReport(withPhoto(), undefined, clock);
      const down = async (): Promise<Answer> => ({
        kind: 'response',
        status: 503,
        contentType: 'application/json',
        body: {},
        retryAfter: null,
      });
      await sendPass({ owner: 't', now, post: down, check, random: fixed });
      clock += 1000;
      await sendPass({ owner: 't', now, post: (id, p) => Promise.resolve(intake.receive(id, p)), check, random: fixed });
      expect(check).not.toHaveBeenCalled();
      expect(intake.stored.size).toBe(2);
    });
  });
});
