import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds until the next request is allowed', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 6, burst: 2 }, () => now);
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
  });
  it('keeps each client to its own allowance', () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1 }, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
  it('forgets the least recently seen clients beyond its memory cap', () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1, maxClients: 2 }, () => 0);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
