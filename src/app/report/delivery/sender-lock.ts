// One sender at a time across tabs: a Web Lock where the browser has them, otherwise a lease row in
// IndexedDB that the holder renews while it works and that lapses if its tab dies.
import { db } from '../../storage/db';
import { withStore } from '../outbox/store-guard';

export const LOCK_NAME = 'waymark-outbox-sender';
export const SENDER_LEASE_MS = 15_000;

/** A lease has lapsed when its time passed, or when it lies implausibly far ahead (the clock moved back). */
export function leaseLapsed(until: number, now: number, leaseMs = SENDER_LEASE_MS): boolean {
  return now > until || until - now > 2 * leaseMs;
}

async function takeLease(owner: string): Promise<boolean> {
  return withStore(() =>
    db.transaction('rw', db.leases, async () => {
      const now = Date.now();
      const lease = await db.leases.get(LOCK_NAME);
      if (lease && lease.owner !== owner && !leaseLapsed(lease.until, now)) return false;
      await db.leases.put({ name: LOCK_NAME, owner, until: now + SENDER_LEASE_MS });
      return true;
    }),
  );
}

async function dropLease(owner: string): Promise<void> {
  await withStore(() =>
    db.transaction('rw', db.leases, async () => {
      if ((await db.leases.get(LOCK_NAME))?.owner === owner) await db.leases.delete(LOCK_NAME);
    }),
  ).catch(() => undefined);
}

/** Runs `work` if no other tab is sending; returns false (without waiting) when one is. */
export async function withSenderLock(owner: string, work: () => Promise<void>): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) {
    return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await work();
      return true;
    });
  }
  if (!(await takeLease(owner))) return false;
  const renew = setInterval(() => void takeLease(owner).catch(() => undefined), SENDER_LEASE_MS / 3);
  try {
    await work();
  } finally {
    clearInterval(renew);
    await dropLease(owner);
  }
  return true;
}
