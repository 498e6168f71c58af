import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../storage/db';
import { forgetDrafts } from './forget-draft';
import { startLeaving } from './leaving';
import { saveDraft } from '../report/draft/draft-store';

beforeEach(async () => {
  await db.drafts.clear();
  await db.outbox.clear();
});

describe('forgetting the unfinished report', () => {
  it('empties the drafts but keeps reports waiting to be sent', async () => {
    await db.drafts.put({ id: 'report', values: { description: 'My neighbour threatened me' }, updatedAt: 1 });
    await db.outbox.put({
      id: 'q',
      state: 'queued',
      category: 'harassment',
      area: 'sefton',
      payloadVersion: 1,
      payload: {},
      createdAt: 1,
      attempts: 0,
    });
    await forgetDrafts();
    expect(await db.drafts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('once leaving has begun, a late draft save writes nothing', async () => {
    startLeaving();
    await saveDraft({ description: 'typed just before the exit' });
    expect(await db.drafts.count()).toBe(0);
  });
});
