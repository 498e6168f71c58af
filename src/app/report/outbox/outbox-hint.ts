// A one-byte hint in localStorage that the outbox may hold reports, so app start can skip loading
// IndexedDB code for the many who never report. Unreadable storage counts as "maybe": better a load than a wait.
const KEY = 'waymark.outbox';

export function noteOutboxInUse(inUse: boolean): void {
  try {
    if (inUse) globalThis.localStorage?.setItem(KEY, '1');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Best-effort: the report page always checks the outbox itself.
  }
}

export function outboxMayHaveItems(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== null;
  } catch {
    return true;
  }
}
