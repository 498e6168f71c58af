import jsQR from 'jsqr';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { loadHelperStrings } from '../topic-body/topic-bodies.fixture';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HandOver } from './HandOver';

// Reads the rendered SVG back into pixels, the way a camera would see the screen, and decodes it.
function decodeSvg(svg: Element): string | undefined {
  const side = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const scale = 4;
  const width = side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
      for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('HandOver', () => {
  beforeAll(loadHelperStrings);
  afterEach(() => vi.unstubAllGlobals());

  it('shows a QR code that opens this page in the person’s language and area on their phone', async () => {
    render(<HandOver lang="prs" area="sefton" topic="gp" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Give to their phone' }));
    const expected = `${location.origin}/prs/sefton/gp`;
    const qr = await screen.findByRole('img', { name: `QR code that opens ${expected}` });
    expect(decodeSvg(qr)).toBe(expected);
  });

  it('copies the link when there is no share sheet and says it did', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText }, share: undefined });
    render(<HandOver lang="ti" area="stockton" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Give to their phone' }));
    expect(screen.queryByRole('button', { name: 'Share the link' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied.'));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/ti/stockton/`);
  });

  it('says how to get the address by hand when copying fails', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(<HandOver lang="ar" area="sefton" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Give to their phone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Write down the address/));
  });

  it('opens the phone’s share sheet with the link where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    render(<HandOver lang="so" area="sefton" topic="esol" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Give to their phone' }));
    fireEvent.click(screen.getByRole('button', { name: 'Share the link' }));
    expect(share).toHaveBeenCalledWith({ title: 'Waymark', url: `${location.origin}/so/sefton/esol` });
  });
});
