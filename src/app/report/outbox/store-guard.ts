// Every outbox read and write goes through here: a closed connection is reopened once and the operation
// retried; any other failure becomes a StorageFailure the page can explain. Nothing is reported as saved here.
import type Dexie from 'dexie';
import { db } from '../../storage/db';
import { classifyStorageError, StorageFailure } from '../draft/storage-error';

export async function withStore<T>(operation: () => Promise<T>, database: Dexie = db): Promise<T> {
  try {
    return await operation();
  } catch (first) {
    const problem = classifyStorageError(first);
    if (problem !== 'closed') throw new StorageFailure(problem, first);
    try {
      database.close({ disableAutoOpen: false });
      await database.open();
      return await operation();
    } catch (second) {
      // A connection that will not come back is, for the person, storage that is not there.
      const again = classifyStorageError(second);
      throw new StorageFailure(again === 'closed' ? 'unavailable' : again, second);
    }
  }
}
