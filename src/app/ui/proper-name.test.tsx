import { render } from '@testing-library/preact';
import type { TFunction } from '../language/translator';
import { describe, expect, it } from 'vitest';
import { nameParts, sayNamed } from './say';

const t = ((key: string, options: Record<string, string>) =>
  key === 'home.title' ? `مساعدة في ${options.area}` : key) as unknown as TFunction;

describe('sayNamed', () => {
  it('puts the area’s name in its own isolated element, its hyphenated word kept whole', () => {
    const { container } = render(<p>{sayNamed(t, 'home.title', { area: 'Stockton-on-Tees' })}</p>);
    expect(container.textContent).toBe('مساعدة في Stockton-on-Tees');
    const name = container.querySelector('bdi.proper-name');
    expect(name?.getAttribute('lang')).toBe('en');
    expect(name?.querySelector('.nowrap')?.textContent).toBe('Stockton-on-Tees');
  });
});

describe('nameParts', () => {
  it('keeps hyphenated words whole and lets a long name wrap at its spaces', () => {
    expect(nameParts('Haverton Hill-Side Centre')).toEqual([
      { text: 'Haverton', whole: false },
      { text: ' ', whole: false },
      { text: 'Hill-Side', whole: true },
      { text: ' ', whole: false },
      { text: 'Centre', whole: false },
    ]);
  });
});
