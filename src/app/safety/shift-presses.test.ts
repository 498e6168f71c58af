import { describe, expect, it } from 'vitest';
import { NO_PRESSES, WINDOW_MS, pressShift } from './shift-presses';

describe('counting Shift presses', () => {
  it('counts presses that come within the window', () => {
    const one = pressShift(NO_PRESSES, 1000);
    const two = pressShift(one, 2000);
    expect(pressShift(two, 3000).count).toBe(3);
  });

  it('starts again from one when the run is older than the window', () => {
    const two = pressShift(pressShift(NO_PRESSES, 0), 10);
    expect(pressShift(two, WINDOW_MS + 1)).toEqual({ count: 1, since: WINDOW_MS + 1 });
  });
});
