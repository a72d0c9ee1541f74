// Write rate limits over real HTTP: per client IP and per user, 429 rate_limited with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore } from '../support/stores';
import { Client, expectProblem, start, type Running } from './harness';

describe('write rate limit', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ name: 'sqlite', open: sqliteTestStore }, { writeRateLimit: 3 });
  });
  afterAll(async () => s?.stop());

  it('answers 429 with Retry-After once the bucket is empty; reads are not limited', async () => {
    const c = new Client(s.base);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await c.post('/api/v1/auth/login', { email: 'x@y.test', password: 'nope' })).status);
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await c.post('/api/v1/auth/login', { email: 'x@y.test', password: 'nope' });
    expectProblem(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await c.get('/api/v1/policy')).status).toBe(200);
  });

  it('keys clients by X-Forwarded-For only when the proxy is trusted', async () => {
    const proxied = await start({ name: 'sqlite', open: sqliteTestStore }, { writeRateLimit: 1, trustProxy: '127.0.0.1' });
    try {
      const c = new Client(proxied.base);
      const login = (ip: string) => c.post('/api/v1/auth/login', { email: 'x@y.test', password: 'nope' }, { 'x-forwarded-for': ip });
      expect((await login('198.51.100.1')).status).toBe(401);
      expect((await login('198.51.100.2')).status).toBe(401);
      expectProblem(await login('198.51.100.1'), 429, 'rate_limited');
    } finally {
      await proxied.stop();
    }
    // The untrusted server above ignores the header: its one loopback bucket is already empty.
    expectProblem(await new Client(s.base).post('/api/v1/auth/login', {}, { 'x-forwarded-for': '198.51.100.3' }), 429, 'rate_limited');
  });
});
