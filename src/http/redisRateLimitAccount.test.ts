// The Redis sign-in back-off: two app nodes count one account's attempts together (Redis at 127.0.0.1:6379; required under CI).
import { describe, expect, it } from 'vitest';
import { redisLoginThrottle } from './redisRateLimitAccount';
import { REDIS_TEST_URL as REDIS_URL, requireRedis } from '../../test/support/redis';

const ok = await requireRedis('redis login throttle');

describe.skipIf(!ok)('redisLoginThrottle', () => {
  it('shares one count per account between nodes, backs off 30 s after 5 attempts, and clears on success', async () => {
    const prefix = `charcha:test:${Math.random().toString(36).slice(2)}:`;
    const a = await redisLoginThrottle(REDIS_URL, prefix);
    const b = await redisLoginThrottle(REDIS_URL, prefix);
    try {
      for (let i = 0; i < 5; i++) expect((await (i % 2 ? a : b).attempt('acct')).ok).toBe(true);
      const refused = await a.attempt('acct');
      expect(refused.ok).toBe(false);
      expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(29);
      expect(refused.ok ? 0 : refused.retryAfterSeconds).toBeLessThanOrEqual(30);
      expect((await b.attempt('other')).ok).toBe(true);
      await b.clear('acct');
      expect((await a.attempt('acct')).ok).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
