import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import common from '../../../locales/en/common.json';
import safety from '../../../locales/en/safety.json';
import { i18n } from '../language/i18n';

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
import { markFormOpen, markUnsaved } from './unsaved-input';

beforeAll(() => i18n.loadNamespaces('safety'));

describe('UpdatePrompt', () => {
  beforeEach(() => {
    bridge.waiting = false;
    bridge.accept.mockReset();
    markUnsaved('report', false);
    markFormOpen('report', false);
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

  it('says to finish first as soon as a field is typed in, before any click, and never reloads over it', async () => {
    bridge.waiting = true;
    render(
      <>
        <UpdatePrompt />
        <label>
          Name <input />
        </label>
      </>,
    );
    await screen.findByRole('button', { name: 'Update now' });
    expect(screen.queryByText(common.update.afterForm)).toBeNull();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ha' } });
    expect(await screen.findByText(common.update.afterForm)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(bridge.accept).not.toHaveBeenCalled();
  });

  it('waits while the report form is open even when its words are already stored', async () => {
    bridge.waiting = true;
    markFormOpen('report', true);
    render(<UpdatePrompt />);
    fireEvent.click(await screen.findByRole('button', { name: 'Update now' }));
    expect(bridge.accept).not.toHaveBeenCalled();
    markFormOpen('report', false);
    fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(bridge.accept).toHaveBeenCalledOnce();
  });

  it('can be put off with "Not now"', async () => {
    bridge.waiting = true;
    render(<UpdatePrompt />);
    fireEvent.click(await screen.findByRole('button', { name: safety.update.later }));
    expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
    expect(bridge.accept).not.toHaveBeenCalled();
  });
});
