import { describe, expect, it } from 'vitest';
import { moveIndex, readArrowKey, readSwipe } from './swipe';

describe('swipes between points', () => {
  it('goes to the next point on a leftward swipe in left-to-right text', () => {
    expect(readSwipe(-120, 10, 'ltr')).toBe('next');
    expect(readSwipe(120, 10, 'ltr')).toBe('back');
  });

  it('mirrors the gesture in right-to-left text', () => {
    expect(readSwipe(120, 0, 'rtl')).toBe('next');
    expect(readSwipe(-120, 0, 'rtl')).toBe('back');
  });

  it('ignores taps, short drags and vertical scrolling', () => {
    expect(readSwipe(0, 0, 'ltr')).toBeNull();
    expect(readSwipe(-30, 0, 'ltr')).toBeNull();
    expect(readSwipe(-80, 200, 'ltr')).toBeNull();
  });

  it('maps arrow keys the same way as swipes', () => {
    expect(readArrowKey('ArrowRight', 'ltr')).toBe('next');
    expect(readArrowKey('ArrowLeft', 'rtl')).toBe('next');
    expect(readArrowKey('ArrowLeft', 'ltr')).toBe('back');
    expect(readArrowKey('Enter', 'ltr')).toBeNull();
  });

  it('stays inside the list of points', () => {
    expect(moveIndex(0, 'back', 3)).toBe(0);
    expect(moveIndex(2, 'next', 3)).toBe(2);
    expect(moveIndex(1, 'next', 3)).toBe(2);
    expect(moveIndex(0, 'next', 0)).toBe(0);
  });
});
