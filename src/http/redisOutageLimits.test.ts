// Redis out of reach (a TCP proxy cut in front of the real Redis): the write limiter and the sign-in throttle keep
// limiting with this node's own counters, answer at once instead of failing, and use Redis again once it is back.
import { describe, expect, it } from 'vitest';
import { redisRateLimiter } from './redisRateLimit';
import { redisLoginThrottle } from './redisRateLimitAccount';
import { FREE_ATTEMPTS } from './rateLimitAccount';
import { REDIS_TEST_URL, requireRedis } from '../../test/support/redis';
import { tcpProxy } from '../../test/support/tcpProxy';

const ok = await requireRedis('redis outage limits');
const target = new URL(REDIS_TEST_URL);

describe.skipIf(!ok)('shared limits while Redis is down', () => {
  it('the write limiter falls back to local buckets of the same size, then back to Redis', async () => {
    const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const prefix = `charcha:test:${Math.random().toString(36).slice(2)}:`;
    const limiter = await redisRateLimiter(`redis://${proxy.address}`, 3, prefix);
    const direct = await redisRateLimiter(REDIS_TEST_URL, 3, prefix);
    try {
      expect((await limiter.take('ip:1')).ok).toBe(true); // one token from the shared bucket
      proxy.cut();
      const t0 = Date.now();
      const during = [await limiter.take('ip:9'), await limiter.take('ip:9'), await limiter.take('ip:9'), await limiter.take('ip:9')];
      expect(Date.now() - t0).toBeLessThan(3_000); // fails fast: no offline queue, a one-second command cap
      expect(during.map((t) => t.ok)).toEqual([true, true, true, false]); // still a limit, never unlimited
      proxy.restore();
      // Back on the shared bucket: another node's takes count against it again.
      await new Promise((r) => setTimeout(r, 2_500)); // ioredis reconnects (back-off up to 2 s)
      expect((await direct.take('ip:1')).ok).toBe(true);
      expect((await limiter.take('ip:1')).ok).toBe(true);
      expect((await direct.take('ip:1')).ok).toBe(false);
    } finally {
      await limiter.close();
      await direct.close();
      await proxy.close();
    }
  });

  it('the sign-in throttle keeps throttling on its own counters', async () => {
    const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const throttle = await redisLoginThrottle(`redis://${proxy.address}`, `charcha:test:${Math.random().toString(36).slice(2)}:`);
    try {
      proxy.cut();
      const tries = [];
      for (let i = 0; i <= FREE_ATTEMPTS; i++) tries.push(await throttle.attempt('acct'));
      expect(tries.slice(0, FREE_ATTEMPTS).every((t) => t.ok)).toBe(true);
      expect(tries[FREE_ATTEMPTS].ok).toBe(false);
      await throttle.clear('acct');
      expect((await throttle.attempt('acct')).ok).toBe(true);
    } finally {
      proxy.restore();
      await throttle.close();
      await proxy.close();
    }
  });
});
