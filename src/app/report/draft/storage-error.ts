// What went wrong with the phone's storage, in the three cases the person must be told about differently.
// Chrome reports a full disk as Dexie's AbortError whose `inner` is a QuotaExceededError.
export type StorageProblem = 'full' | 'unavailable' | 'closed' | 'other';

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

function namesOf(err: unknown): string[] {
  const names: string[] = [];
  let current = err as NamedError | undefined;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    if (typeof current.name === 'string') names.push(current.name);
    current = current.inner as NamedError | undefined;
  }
  return names;
}

export function classifyStorageError(err: unknown): StorageProblem {
  const names = namesOf(err);
  const message = String((err as NamedError | undefined)?.message ?? '');
  if (names.includes('QuotaExceededError')) return 'full';
  // Private mode and blocked storage fail at open, whatever the inner error says.
  if (names[0] === 'OpenFailedError' || names[0] === 'MissingAPIError') return 'unavailable';
  // WebKit closes the connection while the app sleeps: "Connection to Indexed Database server lost".
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError') || /connection.*(lost|clos)/i.test(message)) {
    return 'closed';
  }
  if (names.some((n) => ['InvalidAccessError', 'SecurityError', 'VersionError', 'UnknownError'].includes(n))) {
    return 'unavailable';
  }
  return 'other';
}

/** A storage operation that failed, with the kind of failure the page explains. */
export class StorageFailure extends Error {
  constructor(
    readonly problem: StorageProblem,
    override readonly cause: unknown,
  ) {
    super(`storage ${problem}`);
    this.name = 'StorageFailure';
  }
}
