// The in-process sign-in back-off: free attempts, then doubling waits up to a cap, cleared by a success, forgotten later.
import { describe, expect, it } from 'vitest';
import { backoffMs, FORGET_AFTER_MS, MAX_DELAY_MS, memoryLoginThrottle } from './rateLimitAccount';

describe('memoryLoginThrottle', () => {
  it('allows 5 attempts, then waits 30 s, 60 s, 120 s … up to 15 min', async () => {
    let t = 0;
    const th = memoryLoginThrottle(() => t);
    for (let i = 0; i < 5; i++) expect((await th.attempt('a')).ok).toBe(true);
    expect(await th.attempt('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect((await th.attempt('b')).ok).toBe(true);
    t += 30_000;
    expect((await th.attempt('a')).ok).toBe(true);
    expect(await th.attempt('a')).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect([5, 6, 7, 20].map(backoffMs)).toEqual([30_000, 60_000, 120_000, MAX_DELAY_MS]);
  });

  it('starts over after a success, or an hour after the last wait ended', async () => {
    let t = 0;
    const th = memoryLoginThrottle(() => t);
    for (let i = 0; i < 5; i++) await th.attempt('a');
    await th.clear('a');
    expect((await th.attempt('a')).ok).toBe(true);
    for (let i = 0; i < 4; i++) await th.attempt('a');
    t += 30_000 + FORGET_AFTER_MS;
    for (let i = 0; i < 5; i++) expect((await th.attempt('a')).ok).toBe(true);
  });

  it('keeps at most maxAccounts, forgetting the least recently tried first', async () => {
    const th = memoryLoginThrottle(() => 0, 2);
    for (let i = 0; i < 5; i++) await th.attempt('old');
    for (let i = 0; i < 5; i++) await th.attempt('kept');
    expect((await th.attempt('old')).ok).toBe(false);
    await th.attempt('new');
    // 'old' was tried last before 'kept' and 'new', so it went; 'kept' is still backing off.
    expect((await th.attempt('kept')).ok).toBe(false);
    expect((await th.attempt('old')).ok).toBe(true);
  });
});
