// The Redis token bucket: two app nodes share one bucket per key (Redis at 127.0.0.1:6379; required under CI).
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { redisRateLimiter } from './redisRateLimit';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisUp(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

const ok = await redisUp();
if (!ok) {
  if (process.env.CI === 'true') throw new Error(`Redis at ${REDIS_URL} is required under CI but not reachable`);
  console.warn(`\n!!! redis rate limiter: Redis at ${REDIS_URL} is not reachable — SKIPPING !!!\n`);
}

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
