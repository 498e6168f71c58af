// After a quick exit the report list stays folded (a count, no categories, no words) until the person
// opens it: someone who picks up the phone next sees nothing of what was reported, yet nothing is lost.
import { readStored, STORED_KEYS, writeStored } from '../storage/local-store';

// Unwritable storage: the list is simply shown as usual.
export function foldOutbox(folded: boolean): void {
  writeStored(STORED_KEYS.outboxFolded, folded ? '1' : null);
}

export function outboxFolded(): boolean {
  return readStored(STORED_KEYS.outboxFolded) === '1';
}
