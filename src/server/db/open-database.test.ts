import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockHolderRunning, openDatabase, processStart } from './open-database';

describe('the embedded data folder lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(existsSync('/proc/self/stat'))(
    'starts over a stale waymark.pid whose PID now belongs to another program',
    async () => {
      const other = spawn('sleep', ['30']);
      try {
        // The lock says "this PID, started at tick 1": the sleep has that PID but started later.
        writeFileSync(join(dir, 'waymark.pid'), `${other.pid} 1`);
        expect(lockHolderRunning(`${other.pid} 1`)).toBeNull();
        const db = await openDatabase({ dataDir: dir });
        expect(readFileSync(join(dir, 'waymark.pid'), 'utf8')).toBe(`${process.pid} ${processStart(process.pid)}`);
        await db.close();
      } finally {
        other.kill();
      }
    },
    60_000,
  );

  it.runIf(existsSync('/proc/self/stat'))('still refuses a folder held by the running process the lock names', () => {
    const other = spawn('sleep', ['30']);
    try {
      expect(lockHolderRunning(`${other.pid} ${processStart(other.pid!)}`)).toBe(other.pid);
    } finally {
      other.kill();
    }
  });
});
