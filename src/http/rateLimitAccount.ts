// The per-account sign-in throttle in process: a few free attempts, then an exponentially growing wait.
import type { LoginThrottle } from '../actions/login';

/** Attempts an account gets before it backs off; then 30 s, 60 s, 2 min, … up to 15 min between attempts. */
export const FREE_ATTEMPTS = 5;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;
/** A count is forgotten this long after the account's wait is over, so old typos do not add up over weeks. */
export const FORGET_AFTER_MS = 60 * 60_000;

/** The wait after `attempts` uncleared attempts (0 while they are free). */
export function backoffMs(attempts: number): number {
  return attempts < FREE_ATTEMPTS ? 0 : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempts - FREE_ATTEMPTS));
}

/** Accounts remembered at most; past it the least recently tried go first (a flood of made-up emails stays bounded). */
export const MAX_ACCOUNTS = 100_000;

export function memoryLoginThrottle(now: () => number = Date.now, maxAccounts = MAX_ACCOUNTS): LoginThrottle {
  const accounts = new Map<string, { attempts: number; at: number }>();
  return {
    async attempt(key) {
      const t = now();
      let a = accounts.get(key);
      if (a && t >= a.at + backoffMs(a.attempts) + FORGET_AFTER_MS) a = undefined;
      if (a) {
        const wait = a.at + backoffMs(a.attempts) - t;
        if (wait > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
      }
      // Re-inserted, so the Map's order is least recently tried first and eviction never scans.
      accounts.delete(key);
      accounts.set(key, { attempts: (a?.attempts ?? 0) + 1, at: t });
      for (const k of accounts.keys()) {
        if (accounts.size <= maxAccounts) break;
        accounts.delete(k);
      }
      return { ok: true };
    },
    async clear(key) {
      accounts.delete(key);
    },
  };
}
