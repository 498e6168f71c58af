import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const bridge = vi.hoisted(() => ({ waiting: false, accept: vi.fn(), listeners: new Set<() => void>() }));
vi.mock('./sw-bridge', () => ({
  updateWaiting: () => bridge.waiting,
  acceptUpdate: bridge.accept,
  onUpdateChange: (l: () => void) => {
    bridge.listeners.add(l);
    return () => bridge.listeners.delete(l);
  },
}));

import { UpdatePrompt } from './UpdatePrompt';
import { markUnsaved } from './unsaved-input';

describe('UpdatePrompt', () => {
  beforeEach(() => {
    bridge.waiting = false;
    bridge.accept.mockReset();
    markUnsaved('report', false);
  });

  it('shows nothing until a new version is waiting', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
  });

  it('offers the update when one is waiting and applies it only when asked', async () => {
    render(<UpdatePrompt />);
    bridge.waiting = true;
    bridge.listeners.forEach((l) => l());
    const button = await screen.findByRole('button', { name: 'Update now' });
    expect(bridge.accept).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(bridge.accept).toHaveBeenCalledOnce();
  });

  it('does not update while a form holds unsaved words, and says why', async () => {
    bridge.waiting = true;
    markUnsaved('report', true);
    render(<UpdatePrompt />);
    fireEvent.click(await screen.findByRole('button', { name: 'Update now' }));
    expect(bridge.accept).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/send your report first/i);
  });
});
