// One pass of the sender: while holding the lock, send due reports one at a time, oldest first,
// until none is due or the intake stops answering (then the whole queue waits, not just one report).
import { validateReport } from '../../../shared/report';
import type { OutboxItem } from '../../storage/db';
import { classifyAnswer, type Answer } from '../outbox/answer';
import { claimNext, recoverOrphans, settle } from '../outbox/outbox-store';
import { checkReport, postReport } from './send-report';

/** A body this big (a report with photos) is worth a question first when it may already have arrived. */
export const ASK_FIRST_BYTES = 16 * 1024;

export interface SenderDeps {
  owner: string;
  now?: () => number;
  post?: (id: string, payload: unknown) => Promise<Answer>;
  check?: (id: string) => Promise<Answer>;
  random?: () => number;
}

/** The last try was cut (no answer, or too slow) after some of the body went: the intake may have stored it all. */
function mayHaveArrived(item: OutboxItem): boolean {
  return (
    item.attempts > 0 &&
    (item.retryReason === 'timeout' || item.retryReason === 'offline') &&
    JSON.stringify(item.payload).length > ASK_FIRST_BYTES
  );
}

/** Asks before a big re-send: the intake's "already have it" (sent), or no answer at all, spares the body. */
async function askFirst(item: OutboxItem, check: (id: string) => Promise<Answer>, now: number): Promise<Answer | undefined> {
  if (!mayHaveArrived(item)) return undefined;
  const answer = await check(item.id);
  if (answer.kind !== 'response') return answer;
  return classifyAnswer(answer, now).kind === 'sent' ? answer : undefined;
}

export interface PassResult {
  sent: number;
  /** set when the intake did not answer usefully: wait this long before the next pass */
  stopWaitMs?: number;
}

export async function sendPass(deps: SenderDeps): Promise<PassResult> {
  const now = deps.now ?? Date.now;
  const post = deps.post ?? postReport;
  // Holding the lock means no live sender owns a "sending" item: those are a dead tab's.
  await recoverOrphans(now());
  let sent = 0;
  for (;;) {
    const item = await claimNext(deps.owner, now());
    if (!item) return { sent };
    const local = validateReport(item.payload);
    if (!local.ok) {
      await settle(item, { kind: 'attention', errors: local.errors }, now());
      continue;
    }
    // The stored payload goes as it is, so every retry sends the very same body with the same key.
    const answer = (await askFirst(item, deps.check ?? checkReport, now())) ?? (await post(item.id, item.payload));
    const verdict = classifyAnswer(answer, now());
    const kept = await settle(item, verdict, now(), deps.random, answer.kind === 'response' ? answer.status : undefined);
    if (verdict.kind === 'sent') sent++;
    if (verdict.kind === 'retry' || verdict.kind === 'paused') return { sent, stopWaitMs: kept?.waitMs ?? 0 };
  }
}
