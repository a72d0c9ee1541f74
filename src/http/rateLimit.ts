// Write rate limits: a token bucket per key behind a small interface, so Redis can back it for many nodes.

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one token from `key`'s bucket. */
  take(key: string): Promise<Take>;
  close?(): Promise<void>;
}

/** In-process buckets of `perMinute` tokens, refilled continuously. */
export function memoryRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const ratePerMs = perMinute / 60_000;
  return {
    async take(key) {
      const t = now();
      const b = buckets.get(key) ?? { tokens: perMinute, at: t };
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * ratePerMs);
      b.at = t;
      buckets.set(key, b);
      // Full buckets carry no information; dropping them bounds memory to the currently active clients.
      if (buckets.size > 100_000) for (const [k, v] of buckets) if (v.tokens >= perMinute - 1) buckets.delete(k);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / ratePerMs / 1000)) };
    },
  };
}
