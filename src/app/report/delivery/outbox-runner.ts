// The page's sender loop: reacts to app start, `online`, return to the foreground, a new report and
// "Send now", and sleeps until the next report is due. Passes never overlap, and the wait survives no reload.
import { noteOutboxInUse } from '../outbox/outbox-hint';
import { nextWakeMs } from '../outbox/outbox-machine';
import { hasTrackedReceipts, listOutbox, resetWaits } from '../outbox/outbox-store';
import { sendPass, type PassResult } from './sender';
import { withSenderLock } from './sender-lock';

export type Trigger = 'start' | 'online' | 'visible' | 'saved' | 'sendNow' | 'timer';

const MAX_SLEEP_MS = 5 * 60_000;
/** another tab holds the sender: look again soon in case it finished just before our report was saved */
const LOCKED_RETRY_MS = 2_000;

let started = false;
let running = false;
let again = false;
let reset = false;
/** performance.now() before which the intake is left alone (it just failed); immune to clock changes */
let quietUntil = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let owner = '';

export function startSender(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  owner = crypto.randomUUID();
  window.addEventListener('online', () => kickSender('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') kickSender('visible');
  });
  kickSender('start');
  // The same start-up asks what became of sent reports (lazily: most people have none).
  void import('../receipts/status-check').then(
    (m) => m.startStatusChecks(),
    () => undefined,
  );
}

export function kickSender(trigger: Trigger): void {
  if (!started) return startSender();
  if (trigger === 'online' || trigger === 'sendNow') {
    reset = true;
    quietUntil = 0;
  }
  if (running) {
    again = true;
    return;
  }
  void run();
}

async function run(): Promise<void> {
  running = true;
  clearTimeout(timer);
  let sleep: number | undefined;
  try {
    do {
      again = false;
      if (reset) {
        reset = false;
        await resetWaits(Date.now());
      }
      if (performance.now() < quietUntil) break;
      let result: PassResult | undefined;
      const held = await withSenderLock(owner, async () => {
        result = await sendPass({ owner });
      });
      if (!held) sleep = LOCKED_RETRY_MS;
      if (result?.stopWaitMs !== undefined) quietUntil = performance.now() + result.stopWaitMs;
    } while (again);
    const items = await listOutbox();
    // The hint stays while a sent report may still change status, so the next start asks about it.
    if (items.length === 0 && !(await hasTrackedReceipts())) noteOutboxInUse(false);
    const due = nextWakeMs(items, Date.now());
    const quiet = Math.max(0, quietUntil - performance.now());
    if (due !== undefined) sleep = Math.min(sleep ?? Infinity, Math.max(due, quiet));
  } catch {
    // Storage failed underneath us: the reports are still wherever they were; look again later.
    sleep = MAX_SLEEP_MS;
  } finally {
    running = false;
    if (again) void run();
    else if (sleep !== undefined) timer = setTimeout(() => kickSender('timer'), Math.min(sleep, MAX_SLEEP_MS));
  }
}
