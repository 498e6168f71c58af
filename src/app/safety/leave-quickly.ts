// The quick exit itself: cover the screen at once, forget the unfinished report, leave without a way back.
import { forgetDrafts } from './forget-draft';
import { startLeaving } from './leaving';
import { foldOutbox } from './outbox-fold';
import { NEUTRAL_URL } from './neutral-page';

const OFFLINE_URL = 'about:blank';
// Should the wipe hang (a stuck database), leave anyway: being seen is worse than a kept draft.
const WIPE_LIMIT_MS = 1500;

function cover(): void {
  const veil = document.createElement('div');
  veil.className = 'exit-veil';
  document.body.append(veil);
  document.title = '';
}

export async function leaveQuickly(): Promise<void> {
  cover();
  startLeaving();
  foldOutbox(true);
  // One macrotask lets a draft write already under way queue its transaction before the wipe's.
  await new Promise((r) => setTimeout(r, 0));
  await Promise.race([forgetDrafts(), new Promise((r) => setTimeout(r, WIPE_LIMIT_MS))]);
  // replace(): this page's history entry (and the report step in its URL) is swapped for the neutral page.
  window.location.replace(navigator.onLine ? NEUTRAL_URL : OFFLINE_URL);
}
