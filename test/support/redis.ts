// Test helper: is the Redis the Redis-backed suites need reachable? Under CI a missing Redis fails, elsewhere it skips loudly.
import { Redis } from 'ioredis';

export const REDIS_TEST_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisUp(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
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

/** true when Redis answers; throws under CI=true when it does not, otherwise warns that `suite` is skipped. */
export async function requireRedis(suite: string, url = REDIS_TEST_URL): Promise<boolean> {
  if (await redisUp(url)) return true;
  if (process.env.CI === 'true') throw new Error(`Redis at ${url} is required under CI but not reachable (${suite})`);
  console.warn(`\n!!! ${suite}: Redis at ${url} is not reachable — SKIPPING !!!\n`);
  return false;
}
