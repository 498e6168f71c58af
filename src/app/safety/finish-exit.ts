// Ends a quick exit that public/load.js started before the app ran: it folded the reports; the drafts need IndexedDB.
import { readStored, STORED_KEYS, writeStored } from '../storage/local-store';
import { forgetDrafts } from './forget-draft';

export async function finishExit(): Promise<void> {
  if (!readStored(STORED_KEYS.exitPending)) return;
  await forgetDrafts();
  writeStored(STORED_KEYS.exitPending, null);
}
