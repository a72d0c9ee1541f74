// Sign-in is throttled per account across IPs, with back-off, and answers alike whether or not the account exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore } from '../support/stores';
import { Client, expectProblem, start, type Res, type Running } from './harness';

describe('per-account sign-in throttle', () => {
  let s: Running;
  const c = () => new Client(s.base);
  let ip = 0;
  /** Every attempt from a new address, so only the per-account throttle can refuse it. */
  const login = (email: string, password: string) =>
    c().post('/api/v1/auth/login', { email, password }, { 'x-forwarded-for': `198.51.100.${++ip % 250}` });
  const register = async (email: string) => {
    const r = await c().post('/api/v1/auth/register', { email, password: 'correct horse', displayName: 'Target' }, { 'x-forwarded-for': '203.0.113.9' });
    expect(r.status, r.text).toBe(201);
  };
  const shape = (r: Res) => ({ status: r.status, body: r.body, retryAfter: r.headers.get('retry-after') });

  beforeAll(async () => {
    s = await start({ name: 'sqlite', open: sqliteTestStore }, { trustProxy: '127.0.0.1' });
  });
  afterAll(async () => s?.stop());

  it('locks an account after 5 wrong passwords from 5 IPs, even against the right password from a sixth', async () => {
    await register('target@example.test');
    for (let i = 0; i < 5; i++) expectProblem(await login('target@example.test', `guess ${i}`), 401, 'invalid_credentials');
    const locked = await login('TARGET@example.test', 'correct horse');
    expectProblem(locked, 429, 'rate_limited');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(25);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    // Other accounts are untouched.
    await register('bystander@example.test');
    expect((await login('bystander@example.test', 'correct horse')).status).toBe(200);
  });

  it('backs off exponentially: 30 s after the fifth failure, then 60 s after the sixth', async () => {
    await register('slow@example.test');
    for (let i = 0; i < 5; i++) await login('slow@example.test', 'wrong');
    s.advance(31_000);
    expectProblem(await login('slow@example.test', 'wrong again'), 401, 'invalid_credentials');
    const second = await login('slow@example.test', 'correct horse');
    expectProblem(second, 429, 'rate_limited');
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(50);
    s.advance(61_000);
    // The wait is over and the right password clears the count: the next typo is free again.
    expect((await login('slow@example.test', 'correct horse')).status).toBe(200);
    expectProblem(await login('slow@example.test', 'typo'), 401, 'invalid_credentials');
  });

  it('gives an unknown email exactly the answers a real one gets, in status, code, body and Retry-After', async () => {
    await register('real@example.test');
    const real: object[] = [];
    const ghost: object[] = [];
    for (let i = 0; i < 7; i++) {
      real.push(shape(await login('real@example.test', 'wrong')));
      ghost.push(shape(await login('nobody-here@example.test', 'wrong')));
    }
    expect(ghost).toEqual(real);
    expect(real.map((r) => (r as { status: number }).status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    await register('timing@example.test');
    const time = async (email: string) => {
      const t = performance.now();
      await login(email, 'wrong');
      return performance.now() - t;
    };
    const real: number[] = [];
    const ghost: number[] = [];
    // Interleaved and below the lockout (4 each), so both pay for one password check.
    for (let i = 0; i < 4; i++) {
      real.push(await time('timing@example.test'));
      ghost.push(await time(`ghost-timing@example.test`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratio = median(ghost) / median(real);
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });
});
