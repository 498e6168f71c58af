import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../locales/en/safety.json';
import { i18n } from '../language/i18n';

const leave = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('./leave-quickly', () => ({ leaveQuickly: leave }));

import { QuickExit } from './QuickExit';

beforeAll(() => i18n.loadNamespaces('safety'));
beforeEach(() => leave.mockClear());

const shift = () => fireEvent.keyUp(document, { key: 'Shift', shiftKey: false });

describe('QuickExit', () => {
  it('leaves when the button is pressed', async () => {
    render(<QuickExit />);
    fireEvent.click(await screen.findByRole('button', { name: en.exit.button }));
    expect(leave).toHaveBeenCalledOnce();
  });

  it('leaves on the third Shift, saying how many presses are left on the way', async () => {
    render(<QuickExit />);
    await screen.findByRole('button', { name: en.exit.button });
    shift();
    expect(screen.getByRole('status').textContent).toBe(en.exit.twoMore);
    shift();
    expect(screen.getByRole('status').textContent).toBe(en.exit.oneMore);
    expect(leave).not.toHaveBeenCalled();
    shift();
    expect(leave).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe(en.exit.leaving);
  });

  it('does not count a Shift used to type capital letters, nor a run broken by another key', async () => {
    render(<QuickExit />);
    await screen.findByRole('button', { name: en.exit.button });
    for (const letter of ['M', 'N', 'T']) {
      fireEvent.keyUp(document, { key: letter, shiftKey: true });
      shift();
    }
    shift();
    fireEvent.keyUp(document, { key: 'a' });
    shift();
    shift();
    expect(leave).not.toHaveBeenCalled();
  });
});
