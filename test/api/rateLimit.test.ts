// Write rate limits over real HTTP: per client IP and per user, 429 rate_limited with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore } from '../../src/store/testing';
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
});
