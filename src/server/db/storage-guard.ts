// Disk full must not wedge the embedded database: PGlite that fails a checkpoint for want of space spins
// on the next query, blocking the whole process (signals included). So writes stop while free space is
// below a floor (503 with Retry-After), health says so, and a "disk full" error from either driver
// (SQLSTATE 53100) is treated the same way until the space is back.
import { statfsSync } from 'node:fs';

export const DISK_FULL = '53100';
// statfs is a cheap syscall; a second between looks let large reports overshoot the floor by ~20 MB.
const RECHECK_MS = 100;
const FORGET_ERROR_MS = 30_000;

export class StorageGuard {
  private checkedAt = -Infinity;
  private lowSpace = false;
  private errorAt = -Infinity;

  /** dir: the embedded data folder (none for an external PostgreSQL: only its errors are watched). */
  constructor(
    private readonly dir: string | undefined,
    private readonly minFreeBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Free bytes where the data lives, or null when unknown. */
  freeBytes(): number | null {
    if (!this.dir) return null;
    try {
      const s = statfsSync(this.dir);
      return s.bavail * s.bsize;
    } catch {
      return null;
    }
  }

  /** True while writing could fill the disk: free space under the floor, or a disk-full error lately. */
  isFull(): boolean {
    const now = this.now();
    if (now - this.checkedAt >= RECHECK_MS) {
      const free = this.freeBytes();
      this.lowSpace = free !== null && free < this.minFreeBytes;
      this.checkedAt = now;
    }
    return this.lowSpace || now - this.errorAt < FORGET_ERROR_MS;
  }

  /** Records err if it says the disk is full; returns whether it did. */
  noteError(err: unknown): boolean {
    const e = err as { code?: unknown; message?: unknown } | null;
    const full = e?.code === DISK_FULL || e?.code === 'ENOSPC' || /No space left on device/i.test(String(e?.message ?? ''));
    if (full) this.errorAt = this.now();
    return full;
  }
}
