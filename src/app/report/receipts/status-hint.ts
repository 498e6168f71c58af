// A one-byte hint in localStorage that a sent report may still change status, so app start loads the
// status check only for people who have one. Unreadable storage counts as "maybe".
import { readStored, STORED_KEYS, writeStored } from '../../storage/local-store';

export function noteStatusPending(pending: boolean): void {
  writeStored(STORED_KEYS.statusHint, pending ? '1' : null);
}

export function statusMayBePending(): boolean {
  return readStored(STORED_KEYS.statusHint, 'unreadable') !== null;
}
