// The Redis token bucket: two app nodes share one bucket per key (Redis at 127.0.0.1:6379; required under CI).
import { describe, expect, it } from 'vitest';
import { redisRateLimiter } from './redisRateLimit';
import { REDIS_TEST_URL as REDIS_URL, requireRedis } from '../../test/support/redis';

const ok = await requireRedis('redis rate limiter');

describe.skipIf(!ok)('redisRateLimiter', () => {
  it('shares one bucket per key between nodes and refuses with a Retry-After', async () => {
    const prefix = `charcha:test:${Math.random().toString(36).slice(2)}:`;
    const a = await redisRateLimiter(REDIS_URL, 3, prefix);
    const b = await redisRateLimiter(REDIS_URL, 3, prefix);
    try {
      const takes = [await a.take('ip:1'), await b.take('ip:1'), await a.take('ip:1')];
      expect(takes.every((t) => t.ok)).toBe(true);
      const refused = await b.take('ip:1');
      expect(refused.ok).toBe(false);
      // 3 per minute: the next token is about 20 s away.
      expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(15);
      expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeLessThanOrEqual(20);
      expect((await a.take('ip:2')).ok).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
