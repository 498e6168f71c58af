// After a quick exit the report list stays folded (a count, no categories, no words) until the person
// opens it: someone who picks up the phone next sees nothing of what was reported, yet nothing is lost.
const KEY = 'waymark.fold';

export function foldOutbox(folded: boolean): void {
  try {
    if (folded) globalThis.localStorage?.setItem(KEY, '1');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Unwritable storage: the list is simply shown as usual.
  }
}

export function outboxFolded(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
