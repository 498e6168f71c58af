import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { WaymarkDb } from '../../storage/db';
import { classifyStorageError, StorageFailure } from '../draft/storage-error';
import { withStore } from './store-guard';

describe('storage errors', () => {
  it("recognise a full disk behind Dexie's AbortError", () => {
    const err = new Dexie.AbortError('Transaction aborted', new DOMException('Quota', 'QuotaExceededError'));
    expect(classifyStorageError(err)).toBe('full');
    expect(classifyStorageError(new DOMException('Quota', 'QuotaExceededError'))).toBe('full');
  });

  it('recognise a connection the browser closed', () => {
    expect(classifyStorageError(new Dexie.DatabaseClosedError('closed'))).toBe('closed');
    expect(
      classifyStorageError(new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError')),
    ).toBe('closed');
  });

  it('recognise storage that is missing or refuses to open (private mode)', () => {
    expect(classifyStorageError(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe('unavailable');
    expect(classifyStorageError(new Dexie.OpenFailedError('blocked', new DOMException('no', 'InvalidStateError')))).toBe('unavailable');
    expect(classifyStorageError(new Dexie.OpenFailedError('blocked', new DOMException('no', 'SecurityError')))).toBe('unavailable');
  });
});

describe('a guarded storage operation', () => {
  it('reopens a closed connection once and retries', async () => {
    const database = new WaymarkDb(`guard-${Math.random()}`);
    await database.open();
    const op = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Dexie.DatabaseClosedError('closed')).mockResolvedValueOnce('done');
    database.close();
    await expect(withStore(op, database)).resolves.toBe('done');
    expect(op).toHaveBeenCalledTimes(2);
    expect(database.isOpen()).toBe(true);
  });

  it('gives up after one retry and calls storage that will not reopen unavailable', async () => {
    const database = new WaymarkDb(`guard-${Math.random()}`);
    const op = vi.fn<() => Promise<string>>().mockRejectedValue(new Dexie.DatabaseClosedError('closed'));
    await expect(withStore(op, database)).rejects.toMatchObject({ problem: 'unavailable' });
    expect(op).toHaveBeenCalledTimes(2);
  });

  it('does not retry a full disk, and reports it as full', async () => {
    const op = vi
      .fn<() => Promise<string>>()
      .mockRejectedValue(new Dexie.AbortError('aborted', new DOMException('q', 'QuotaExceededError')));
    const failure = await withStore(op, new WaymarkDb(`guard-${Math.random()}`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect((failure as StorageFailure).problem).toBe('full');
    expect(op).toHaveBeenCalledTimes(1);
  });
});
