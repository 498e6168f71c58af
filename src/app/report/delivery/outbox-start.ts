// For the shell: starts the outbox after the first render, loading the sender (and IndexedDB code)
// only when reports may be waiting and only once the page is idle. Imports nothing heavy itself.
import { outboxMayHaveItems } from '../outbox/outbox-hint';

export function startOutbox(): void {
  if (typeof window === 'undefined' || !outboxMayHaveItems()) return;
  const begin = () =>
    void import('./outbox-runner').then(
      (m) => m.startSender(),
      () => undefined,
    );
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(begin, { timeout: 5000 });
  else setTimeout(begin, 1500);
}
