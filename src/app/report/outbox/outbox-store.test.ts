import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, DB_VERSIONS, WaymarkDb } from '../../storage/db';
import { loadDraft, saveDraft } from '../draft/draft-store';
import { outboxMayHaveItems } from './outbox-hint';
import { claimNext, enqueueReport, hasTrackedReceipts, listOutbox, resetWaits, settle } from './outbox-store';
import { clearMyData, unsentReports } from './personal-data';
import { sampleReport } from '../../../../test/fixtures/fake-intake';

const now = Date.parse('2026-05-01T12:00:00Z');

beforeEach(async () => {
  vi.restoreAllMocks();
  await Promise.all([db.outbox.clear(), db.receipts.clear(), db.drafts.clear(), db.leases.clear()]);
});

describe('saving a report', () => {
  it('is committed with a fresh id and replaces the draft in one step', async () => {
    await saveDraft({ description: 'half typed' });
    const report = sampleReport();
    const item = await enqueueReport(report, 'report', now);
    expect(item).toMatchObject({ id: report.id, state: 'queued', attempts: 0, payloadVersion: 1 });
    expect(await db.outbox.get(report.id)).toEqual(item);
    expect(await loadDraft()).toBeUndefined();
    expect(outboxMayHaveItems()).toBe(true);
  });

  it('fails plainly when the disk is full, keeping the draft and saving nothing', async () => {
    await saveDraft({ description: 'half typed' });
    vi.spyOn(db.outbox, 'add').mockRejectedValue(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')));
    await expect(enqueueReport(sampleReport(), 'report', now)).rejects.toMatchObject({ problem: 'full' });
    vi.restoreAllMocks();
    expect(await listOutbox()).toEqual([]);
    expect(await loadDraft()).toEqual({ description: 'half typed' });
  });

  it('refuses to save the same report twice', async () => {
    const report = sampleReport();
    await enqueueReport(report, undefined, now);
    await expect(enqueueReport(report, undefined, now)).rejects.toMatchObject({ name: 'StorageFailure' });
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('the queue in storage', () => {
  it('is claimed one report at a time', async () => {
    await enqueueReport(sampleReport(), undefined, now - 5);
    await enqueueReport(sampleReport(), undefined, now);
    const a = await claimNext('t', now);
    const b = await claimNext('t', now);
    const c = await claimNext('t', now);
    expect([a?.state, b?.state, c]).toEqual(['sending', 'sending', undefined]);
    expect(a!.createdAt).toBeLessThan(b!.createdAt);
  });

  it('lets "Send now" release waiting and paused reports but not ones needing attention', async () => {
    const ids = [sampleReport(), sampleReport(), sampleReport()].map((r) => r.id);
    const base = {
      category: 'repair' as const,
      area: 'sefton',
      payloadVersion: 1,
      payload: {},
      createdAt: now,
      attempts: 3,
      triedAt: now,
      waitMs: 60_000,
    };
    await db.outbox.bulkAdd([
      { ...base, id: ids[0]!, state: 'queued' },
      { ...base, id: ids[1]!, state: 'paused', pausedBy: 401 },
      { ...base, id: ids[2]!, state: 'attention' },
    ]);
    await resetWaits(now);
    const after = Object.fromEntries((await listOutbox()).map((i) => [i.id, i]));
    expect(after[ids[0]!]).toMatchObject({ state: 'queued', attempts: 3 });
    expect(after[ids[0]!]!.waitMs).toBeUndefined();
    expect(after[ids[1]!]!.state).toBe('queued');
    expect(after[ids[2]!]!.state).toBe('attention');
  });

  it('survives a later database version that adds a table', async () => {
    const name = `waymark-upgrade-${Math.random()}`;
    const current = new WaymarkDb(name);
    const report = sampleReport();
    await current.outbox.add({
      id: report.id,
      state: 'queued',
      category: 'repair',
      area: 'sefton',
      payloadVersion: 1,
      payload: report,
      createdAt: now,
      attempts: 2,
    });
    current.close();
    const next = new Dexie(name);
    for (const v of DB_VERSIONS) next.version(v.version).stores(v.stores);
    next.version(DB_VERSIONS.length + 1).stores({ notes: 'id' });
    expect(await next.table('outbox').get(report.id)).toMatchObject({ id: report.id, state: 'queued', attempts: 2, payload: report });
    next.close();
  });
});

describe('the status token', () => {
  const token = (c: string) => c.repeat(43);
  it('is kept beside the receipt when the report is delivered, and a second answer keeps the first', async () => {
    const report = sampleReport();
    await enqueueReport(report, undefined, now);
    const claimed = (await claimNext('tab', now))!;
    await settle(claimed, { kind: 'sent', reference: 'SEF-7K3Q-9D', statusToken: token('a') }, now);
    expect(await db.receipts.get(report.id)).toMatchObject({ reference: 'SEF-7K3Q-9D', statusToken: token('a') });
    // Followed until closed: app start keeps loading the sender, which asks about it.
    expect(await hasTrackedReceipts()).toBe(true);
    await db.receipts.update(report.id, { seen: { status: 'closed', changedAt: '2026-05-02T10:00:00Z' } });
    expect(await hasTrackedReceipts()).toBe(false);
    await db.receipts.update(report.id, { seen: undefined });
    await settle(claimed, { kind: 'sent', reference: 'SEF-7K3Q-9D', statusToken: token('b') }, now + 1);
    expect((await db.receipts.get(report.id))?.statusToken).toBe(token('a'));
  });

  it('is deleted by "Clear my data", with the start-up hint', async () => {
    const report = sampleReport();
    await enqueueReport(report, undefined, now);
    await settle((await claimNext('tab', now))!, { kind: 'sent', reference: 'SEF-7K3Q-9D', statusToken: token('a') }, now);
    await clearMyData();
    expect(await db.receipts.count()).toBe(0);
    expect(outboxMayHaveItems()).toBe(false);
  });
});

describe('clearing my data', () => {
  it('lists unsent reports first, then removes everything', async () => {
    await enqueueReport(sampleReport(), undefined, now);
    await saveDraft({ description: 'draft words' });
    expect(await unsentReports()).toHaveLength(1);
    await clearMyData();
    expect(await Promise.all([db.outbox.count(), db.drafts.count(), db.receipts.count()])).toEqual([0, 0, 0]);
    expect(outboxMayHaveItems()).toBe(false);
  });
});

describe('the database', () => {
  it('has one name and declares every version so far', () => {
    expect(new WaymarkDb().name).toBe('waymark');
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(DB_VERSIONS.map((_, i) => i + 1));
  });
});
