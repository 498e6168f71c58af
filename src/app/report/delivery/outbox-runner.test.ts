import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PassResult } from './sender';

const sendPass = vi.fn<() => Promise<PassResult>>();
vi.mock('./sender', () => ({ sendPass: () => sendPass() }));
vi.mock('./sender-lock', () => ({ withSenderLock: async (_owner: string, work: () => Promise<void>) => (await work(), true) }));
vi.mock('../outbox/outbox-store', () => ({
  listOutbox: async () => [{ state: 'queued', triedAt: Date.now(), waitMs: 60_000 }],
  resetWaits: vi.fn(async () => undefined),
}));

async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

// Each test loads a fresh runner; the listeners an earlier one added must not answer later events.
const added: [EventTarget, string, EventListenerOrEventListenerObject][] = [];
beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  sendPass.mockReset();
  for (const target of [window, document]) {
    const original = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject | null) => {
      if (!listener) return;
      added.push([target, type, listener]);
      original(type, listener);
    });
  }
});
afterEach(() => {
  for (const [target, type, listener] of added.splice(0)) target.removeEventListener(type, listener);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the sender loop', () => {
  it('tries once on start and then leaves a failing intake alone until its wait is over', async () => {
    sendPass.mockResolvedValue({ sent: 0, stopWaitMs: 30_000 });
    const { startSender } = await import('./outbox-runner');
    startSender();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(sendPass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(32_000);
    expect(sendPass).toHaveBeenCalledTimes(2);
  });

  it('does not spin when "online" fires again and again while the server is still down', async () => {
    sendPass.mockImplementation(async () => {
      await new Promise((r) => setTimeout(r, 200));
      return { sent: 0, stopWaitMs: 4_000 };
    });
    const { startSender } = await import('./outbox-runner');
    startSender();
    await settle();
    for (let i = 0; i < 50; i++) window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(1_000);
    // One pass running when the burst came, one more for the burst: never fifty.
    expect(sendPass.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('"Send now" tries again at once, even during a wait', async () => {
    sendPass.mockResolvedValue({ sent: 0, stopWaitMs: 300_000 });
    const { kickSender, startSender } = await import('./outbox-runner');
    startSender();
    await vi.advanceTimersByTimeAsync(10);
    kickSender('sendNow');
    await vi.advanceTimersByTimeAsync(10);
    expect(sendPass).toHaveBeenCalledTimes(2);
  });

  it('a return to the foreground does not cut a wait short', async () => {
    sendPass.mockResolvedValue({ sent: 0, stopWaitMs: 300_000 });
    const { kickSender, startSender } = await import('./outbox-runner');
    startSender();
    await vi.advanceTimersByTimeAsync(10);
    kickSender('visible');
    await vi.advanceTimersByTimeAsync(10);
    expect(sendPass).toHaveBeenCalledTimes(1);
  });
});
