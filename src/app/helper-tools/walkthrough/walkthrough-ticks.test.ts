import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTicks, readTicks, toggleTick, writeTicks } from './walkthrough-ticks';

describe('walkthrough ticks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back what was written, in walkthrough order', () => {
    writeTicks(['report', 'gp']);
    expect(readTicks()).toEqual(['gp', 'report']);
  });

  it('ignores junk, unknown steps and repeats in storage', () => {
    expect(parseTicks('not json')).toEqual([]);
    expect(parseTicks('{"gp":true}')).toEqual([]);
    expect(parseTicks('["gp", 3, "Amina", "gp", "esol"]')).toEqual(['gp', 'esol']);
  });

  it('ticks and unticks a step', () => {
    const once = toggleTick([], 'bins');
    expect(once).toEqual(['bins']);
    expect(toggleTick(once, 'bins')).toEqual([]);
  });

  it('leaves nothing behind when every tick is cleared for the next person', () => {
    writeTicks(['gp']);
    writeTicks([]);
    expect(localStorage.length).toBe(0);
  });

  it('keeps working when storage throws (private mode)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => writeTicks(['gp'])).not.toThrow();
    expect(readTicks()).toEqual([]);
  });
});
