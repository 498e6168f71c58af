import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORED_KEYS, writeStored } from '../../storage/local-store';
import { WaymarkDb } from '../../storage/db';
import { phoneKeepsReports } from './kept-reports';

const NAME = 'waymark-kept-test';
const exists = async () => (await indexedDB.databases()).some((d) => d.name === NAME);

let db: WaymarkDb;
beforeEach(async () => {
  await new WaymarkDb(NAME).delete();
  db = new WaymarkDb(NAME);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('whether the phone keeps anything of a report, asked without Dexie', () => {
  it('says no for a phone that never had the database, and does not create it by asking', async () => {
    expect(await exists()).toBe(false);
    expect(await phoneKeepsReports(NAME)).toBe(false);
    expect(await exists()).toBe(false);
  });

  it('says no for a database with nothing in it', async () => {
    await db.open();
    expect(await phoneKeepsReports(NAME)).toBe(false);
  });

  it.for([
    ['a draft', () => db.drafts.put({ id: 'report', values: { category: 'aspen' }, updatedAt: 1 })],
    ['a receipt', () => db.receipts.put({ id: 'r1', reference: 'SEF-1', category: 'aspen', sentAt: 1 })],
  ] as const)('says yes for %s', async ([, put]) => {
    await put();
    expect(await phoneKeepsReports(NAME)).toBe(true);
  });

  it('says yes for a waiting report, and lets Dexie go on using the database after asking', async () => {
    await db.outbox.put({
      id: 'a',
      state: 'queued',
      category: 'aspen',
      area: 'sefton',
      payloadVersion: 1,
      payload: {},
      createdAt: 1,
      attempts: 0,
    });
    expect(await phoneKeepsReports(NAME)).toBe(true);
    expect(await db.outbox.count()).toBe(1);
  });

  it('says yes, without opening anything, when the outbox hint says reports may wait', async () => {
    writeStored(STORED_KEYS.outboxHint, '1');
    expect(await phoneKeepsReports(NAME)).toBe(true);
    expect(await exists()).toBe(false);
  });
});
