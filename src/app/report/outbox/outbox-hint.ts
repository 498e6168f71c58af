// A one-byte hint in localStorage that the outbox may hold reports, so app start can skip loading
// IndexedDB code for the many who never report. Unreadable storage counts as "maybe": better a load than a wait.
import { readStored, STORED_KEYS, writeStored } from '../../storage/local-store';

// Best-effort: the report page always checks the outbox itself.
export function noteOutboxInUse(inUse: boolean): void {
  writeStored(STORED_KEYS.outboxHint, inUse ? '1' : null);
}

export function outboxMayHaveItems(): boolean {
  return readStored(STORED_KEYS.outboxHint, 'unreadable') !== null;
}
