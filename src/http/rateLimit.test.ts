// The token bucket: spends, refuses with a Retry-After, refills with time.
import { describe, expect, it } from 'vitest';
import { memoryRateLimiter } from './rateLimit';

describe('memoryRateLimiter', () => {
  it('allows perMinute takes, then refuses until a token refills', async () => {
    let t = 0;
    const limiter = memoryRateLimiter(3, () => t);
    for (let i = 0; i < 3; i++) expect(await limiter.take('ip:1')).toEqual({ ok: true });
    expect(await limiter.take('ip:1')).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(await limiter.take('ip:2')).toEqual({ ok: true });
    t = 20_000;
    expect(await limiter.take('ip:1')).toEqual({ ok: true });
    expect((await limiter.take('ip:1')).ok).toBe(false);
  });
});
