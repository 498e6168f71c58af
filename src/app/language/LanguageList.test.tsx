import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../shared/languages';
import { LanguageList } from './LanguageList';

describe('LanguageList', () => {
  it('offers every language by its own name, in its own script and direction', () => {
    render(<LanguageList onPick={vi.fn()} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('lang'))).toEqual(LANGUAGES.map((l) => l.bcp47));
    expect(screen.getByRole('button', { name: /中文（简体）/ }).getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('button', { name: /ਪੰਜਾਬੀ/ }).textContent).toContain('Punjabi');
  });

  it('makes the two Kurdish languages and their scripts impossible to confuse', () => {
    const onPick = vi.fn();
    render(<LanguageList onPick={onPick} />);
    const sorani = screen.getByRole('button', { name: /Kurdish Sorani/ });
    const kurmanji = screen.getByRole('button', { name: /Kurdish Kurmanji/ });
    expect(sorani.textContent).toContain('Arabic letters');
    expect(sorani.getAttribute('dir')).toBe('rtl');
    expect(kurmanji.textContent).toContain('Latin letters');
    expect(kurmanji.textContent).toContain('Kurmancî');
    expect(kurmanji.getAttribute('dir')).toBe('ltr');
    kurmanji.click();
    expect(onPick.mock.calls[0]?.[0]).toBe('kmr');
  });

  it('offers links that work without JavaScript when given where each language goes', () => {
    const onPick = vi.fn((_code: string, e: Event) => e.preventDefault());
    render(<LanguageList onPick={onPick} href={(code) => `/${code}/`} />);
    const arabic = screen.getByRole('link', { name: /العربية/ });
    expect(arabic.getAttribute('href')).toBe('/ar/');
    expect(screen.getAllByRole('link')).toHaveLength(LANGUAGES.length);
    expect(screen.queryAllByRole('button')).toEqual([]);
    arabic.click();
    expect(onPick.mock.calls[0]?.[0]).toBe('ar');
  });
});
