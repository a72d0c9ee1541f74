// Write rate limits shared by every app node: the same token bucket, kept in Redis and updated atomically by a script.
import { Redis } from 'ioredis';
import { memoryRateLimiter, type RateLimiter } from './rateLimit';

// Redis's own clock, so nodes with skewed clocks still share one bucket correctly.
const SCRIPT = `
local cap = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + (now - at) * rate)
local ok = 0
if tokens >= 1 then tokens = tokens - 1; ok = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(cap / rate) + 1000)
if ok == 1 then return {1, 0} end
return {0, math.ceil((1 - tokens) / rate / 1000)}
`;

export async function redisRateLimiter(url: string, perMinute: number, prefix = 'charcha:rl:'): Promise<RateLimiter & { close(): Promise<void> }> {
  // Fail fast while Redis is down (no offline queue, a one-second cap): writes must not wait on the limiter.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 1_000 });
  redis.on('error', () => undefined);
  await redis.connect();
  const ratePerMs = perMinute / 60_000;
  // During an outage each node limits with its own buckets: looser by the number of nodes, never unlimited, never down.
  const local = memoryRateLimiter(perMinute);
  return {
    async take(key) {
      let result: [number, number];
      try {
        result = (await redis.eval(SCRIPT, 1, prefix + key, perMinute, ratePerMs)) as [number, number];
      } catch {
        return local.take(key);
      }
      const [ok, retry] = result;
      return ok === 1 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, retry) };
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}
