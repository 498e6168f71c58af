import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NoticeTimeline } from './NoticeTimeline';

const xs = (dir: 'ltr' | 'rtl') => {
  const { container } = render(<NoticeTimeline ends={28} lock={21} dir={dir} />);
  return [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
};

describe('the notice timeline', () => {
  it('places the lock-change day at its share of the notice, left to right', () => {
    const [start, lock, end] = xs('ltr') as [number, number, number];
    expect((lock - start) / (end - start)).toBeCloseTo(21 / 28);
  });
  it('runs right to left when the page does', () => {
    const [start, lock, end] = xs('rtl') as [number, number, number];
    expect(start).toBeGreaterThan(lock);
    expect(lock).toBeGreaterThan(end);
    expect((start - lock) / (start - end)).toBeCloseTo(21 / 28);
  });
});
