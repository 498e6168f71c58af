import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../storage/db';
import { LOCK_NAME, leaseLapsed, SENDER_LEASE_MS, withSenderLock } from './sender-lock';

beforeEach(async () => {
  await db.leases.clear();
});

describe('the sender lease (where Web Locks are missing)', () => {
  it('lets only one of two tabs send at a time', async () => {
    let release!: () => void;
    const busy = new Promise<void>((r) => (release = r));
    const first = withSenderLock('tab-a', () => busy);
    await vi.waitFor(async () => expect((await db.leases.get(LOCK_NAME))?.owner).toBe('tab-a'));
    let secondRan = false;
    expect(await withSenderLock('tab-b', async () => void (secondRan = true))).toBe(false);
    expect(secondRan).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await withSenderLock('tab-b', async () => void (secondRan = true))).toBe(true);
    expect(secondRan).toBe(true);
  });

  it('is taken over once the tab holding it has died and its lease lapsed', async () => {
    await db.leases.put({ name: LOCK_NAME, owner: 'dead-tab', until: Date.now() - 1 });
    expect(await withSenderLock('tab-b', async () => undefined)).toBe(true);
    expect(await db.leases.get(LOCK_NAME)).toBeUndefined();
  });

  it('treats a lease implausibly far in the future as lapsed (the clock moved back)', () => {
    const now = 1_000_000;
    expect(leaseLapsed(now + SENDER_LEASE_MS, now)).toBe(false);
    expect(leaseLapsed(now - 1, now)).toBe(true);
    expect(leaseLapsed(now + 365 * 24 * 3600_000, now)).toBe(true);
  });
});
