// A token bucket per client: `burst` requests at once, refilled at `perMinute`. In memory, per process.
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** forget clients beyond this many, oldest first, so an address flood cannot exhaust memory */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.perMinute / 60_000;
  }

  take(client: string): RateDecision {
    const now = this.now();
    const { burst } = this.options;
    const bucket = this.buckets.get(client);
    const tokens = bucket ? Math.min(burst, bucket.tokens + (now - bucket.at) * this.perMs) : burst;
    if (tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
      this.buckets.set(client, { tokens, at: now });
      return { allowed: false, retryAfterSeconds };
    }
    // Re-insert so Map order stays least-recently-seen first.
    this.buckets.delete(client);
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    this.forgetOldest();
    return { allowed: true };
  }

  private forgetOldest(): void {
    const max = this.options.maxClients ?? 50_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) break;
      this.buckets.delete(key);
    }
  }
}
