// For the shell: starts the outbox (and the status check of sent reports) after the first render, loading
// their code only when reports may be waiting (or may change status) and only once the page is idle.
import { outboxMayHaveItems } from '../outbox/outbox-hint';
import { statusMayBePending } from '../receipts/status-hint';

export function startOutbox(): void {
  if (typeof window === 'undefined') return;
  if (statusMayBePending()) startLater(() => import('../receipts/status-check').then((m) => m.startStatusChecks()));
  if (outboxMayHaveItems()) startLater(() => import('./outbox-runner').then((m) => m.startSender()));
}

function startLater(load: () => Promise<void>): void {
  const begin = () => void load().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(begin, { timeout: 5000 });
  else setTimeout(begin, 1500);
}
