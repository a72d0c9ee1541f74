// The per-account sign-in throttle shared by every app node: the same back-off, kept in Redis and updated by one script.
import { Redis } from 'ioredis';
import type { LoginThrottle } from '../actions/login';
import { BASE_DELAY_MS, FORGET_AFTER_MS, FREE_ATTEMPTS, MAX_DELAY_MS, memoryLoginThrottle } from './rateLimitAccount';

// Redis's own clock, as in the write limiter, so nodes with skewed clocks agree on when a wait is over.
const ATTEMPT = `
local free = tonumber(ARGV[1])
local base = tonumber(ARGV[2])
local cap = tonumber(ARGV[3])
local forget = tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'attempts', 'at')
local attempts = tonumber(b[1]) or 0
local at = tonumber(b[2]) or 0
local function backoff(n) if n < free then return 0 end return math.min(cap, base * 2 ^ (n - free)) end
local wait = at + backoff(attempts) - now
if attempts > 0 and wait > 0 then return {0, math.ceil(wait / 1000)} end
attempts = attempts + 1
redis.call('HSET', KEYS[1], 'attempts', tostring(attempts), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.floor(backoff(attempts) + forget))
return {1, 0}
`;

export async function redisLoginThrottle(url: string, prefix = 'charcha:login:'): Promise<LoginThrottle & { close(): Promise<void> }> {
  // As the write limiter: fail fast while Redis is down and throttle with this node's own counters meanwhile.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 1_000 });
  redis.on('error', () => undefined);
  await redis.connect();
  const local = memoryLoginThrottle();
  return {
    async attempt(key) {
      let result: [number, number];
      try {
        result = (await redis.eval(ATTEMPT, 1, prefix + key, FREE_ATTEMPTS, BASE_DELAY_MS, MAX_DELAY_MS, FORGET_AFTER_MS)) as [number, number];
      } catch {
        return local.attempt(key);
      }
      const [ok, retry] = result;
      return ok === 1 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, retry) };
    },
    async clear(key) {
      await local.clear(key);
      await redis.del(prefix + key).catch(() => undefined);
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}
