import { describe, expect, it, vi } from 'vitest';
import { copyText, shareOrCopy } from './share-text';

const data = { title: 'Migrant Help', text: 'Call 0808 8010 503', url: 'https://example.test/en/sefton/migrant-help' };

describe('share or copy', () => {
  it('uses the share sheet when the phone has one', async () => {
    const share = vi.fn(() => Promise.resolve());
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareOrCopy(data, { share, clipboard: { writeText } })).toBe('shared');
    expect(share).toHaveBeenCalledWith(data);
    expect(writeText).not.toHaveBeenCalled();
  });
  it('copies the text and link when there is no share sheet', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareOrCopy(data, { clipboard: { writeText } })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('Call 0808 8010 503\nhttps://example.test/en/sefton/migrant-help');
  });
  it('does not copy when the person closes the share sheet', async () => {
    const abort = Object.assign(new Error('closed'), { name: 'AbortError' });
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareOrCopy(data, { share: () => Promise.reject(abort), clipboard: { writeText } })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });
  it('falls back to copying when sharing is refused, and reports failure when nothing works', async () => {
    const refused = Object.assign(new Error('no'), { name: 'NotAllowedError' });
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareOrCopy(data, { share: () => Promise.reject(refused), clipboard: { writeText } })).toBe('copied');
    expect(await shareOrCopy(data, { clipboard: { writeText: () => Promise.reject(new Error('denied')) } })).toBe('failed');
    expect(await shareOrCopy(data, {})).toBe('failed');
  });
  it('copies the title when there is no text', () => {
    expect(copyText({ title: 'Schools' })).toBe('Schools');
  });
});
