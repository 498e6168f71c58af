import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteOutboxInUse } from '../outbox/outbox-hint';

const startSender = vi.fn();
vi.mock('./outbox-runner', () => ({ startSender: () => startSender() }));

beforeEach(() => {
  vi.useFakeTimers();
  startSender.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('starting the outbox from the shell', () => {
  it('loads nothing when no report was ever saved on this phone', async () => {
    noteOutboxInUse(false);
    const { startOutbox } = await import('./outbox-start');
    startOutbox();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(startSender).not.toHaveBeenCalled();
  });

  it('starts the sender once the page is idle when reports may be waiting', async () => {
    noteOutboxInUse(true);
    const { startOutbox } = await import('./outbox-start');
    startOutbox();
    expect(startSender).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10_000);
    await vi.waitFor(() => expect(startSender).toHaveBeenCalledTimes(1));
  });
});
