// Asks the intake what became of sent reports: at app start, on return to the foreground and on `online`,
// never on a timer, so there is no polling loop. Loaded lazily; only receipts that are due are asked about.
import { db, type Receipt } from '../../storage/db';
import { INTAKE_URL } from '../delivery/send-report';
import { withStore } from '../outbox/store-guard';
import { isDue, readStatusAnswer, RETRY_AFTER_FAILURE_MS } from './receipt-status';

type Outcome = 'answered' | 'failed' | 'stop';

let started = false;
let running = false;
/** performance.now() of the last failed question: no signal is not asked about again at once */
let failedAt = -Infinity;

/** Starts listening (once) and asks now: called at start-up and when the page shows a newly sent report. */
export function startStatusChecks(): void {
  if (typeof window === 'undefined') return;
  if (started) return void checkStatuses();
  started = true;
  document.addEventListener('visibilitychange', () => void checkStatuses());
  // Coming online is the moment a failed question is worth asking again.
  window.addEventListener('online', () => ((failedAt = -Infinity), void checkStatuses()));
  void checkStatuses();
}

async function ask(r: Receipt, fetcher: typeof fetch, now: number): Promise<{ outcome: Outcome; receipt?: Receipt }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    const res = await fetcher(`${INTAKE_URL}/${encodeURIComponent(r.reference)}/status`, {
      headers: { Authorization: `Bearer ${r.statusToken}` },
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (res.status === 429) return { outcome: 'stop' };
    const json = /json/i.test(res.headers.get('content-type') ?? '') ? ((await res.json().catch(() => undefined)) as unknown) : undefined;
    const seen = res.status === 200 ? readStatusAnswer(json) : undefined;
    if (seen) return { outcome: 'answered', receipt: { ...r, seen, checkedAt: now } };
    // The intake's own 404 (erased, or never known): asked and answered, the last status stays as seen.
    if (res.status === 404 && json) return { outcome: 'answered', receipt: { ...r, checkedAt: now } };
    return { outcome: 'failed' };
  } catch {
    return { outcome: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** One pass over the due receipts, one question each; returns how many got an answer. */
export async function checkStatuses(fetcher: typeof fetch = fetch, now = Date.now()): Promise<number> {
  if (running || document.visibilityState === 'hidden' || performance.now() - failedAt < RETRY_AFTER_FAILURE_MS) return 0;
  running = true;
  let answered = 0;
  try {
    const receipts = await withStore(() => db.receipts.toArray());
    for (const r of receipts.filter((x) => isDue(x, now))) {
      const { outcome, receipt } = await ask(r, fetcher, now);
      if (outcome !== 'answered') {
        if (outcome === 'failed') failedAt = performance.now();
        break;
      }
      // Written only if the receipt is still there: "Clear my data" meanwhile wins.
      await withStore(() =>
        db.transaction('rw', db.receipts, async () => void ((await db.receipts.get(r.id)) && (await db.receipts.put(receipt!)))),
      );
      answered++;
    }
  } catch {
    // Storage failed: the receipts are where they were; the next trigger looks again.
  } finally {
    running = false;
  }
  return answered;
}

/** For tests: forget the last failure and the listeners' state. */
export function resetStatusChecks(): void {
  failedAt = -Infinity;
  running = false;
}
