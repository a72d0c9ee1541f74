// Limits, CORS and CSRF follow the route a request reaches: a percent-encoded path (`/%61pi/…`) gets no way round them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore } from '../support/stores';
import { Client, expectProblem, reader, start, widgetClient, type Running } from './harness';

const SQLITE = { name: 'sqlite' as const, open: sqliteTestStore };
const ENCODED = '/%61pi';

describe('write limits on encoded paths', () => {
  let s: Running | undefined;
  afterEach(async () => {
    await s?.stop();
    s = undefined;
  });

  it('answers 429 on /%61pi/v1/comments once the normal path is limited, and counts encoded posts too', async () => {
    s = await start(SQLITE, { writeRateLimit: 3 });
    const c = await reader(s.base);
    // Registering and accepting the policy were two writes of this IP; the third empties the bucket.
    const storyUrl = `${s.base}/stories/limits`;
    expect((await c.post('/api/v1/comments', { storyUrl, body: 'first' })).status).toBe(201);
    expectProblem(await c.post('/api/v1/comments', { storyUrl, body: 'second' }), 429, 'rate_limited');
    const encoded = await c.post(`${ENCODED}/v1/comments`, { storyUrl, body: 'through the side door' });
    expectProblem(encoded, 429, 'rate_limited');
    expect(Number(encoded.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('answers 429 on /%61pi/v1/auth/login after the limit, whichever spelling used it up', async () => {
    s = await start(SQLITE, { writeRateLimit: 3 });
    const c = new Client(s.base);
    const login = (prefix: string) => c.post(`${prefix}/v1/auth/login`, { email: 'x@y.test', password: 'nope' });
    // Only encoded attempts: they draw on the same bucket as /api/ ones.
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await login(ENCODED)).status);
    expect(statuses).toEqual([401, 401, 401]);
    expectProblem(await login(ENCODED), 429, 'rate_limited');
    expectProblem(await login('/api'), 429, 'rate_limited');
  });
});

describe('CORS and CSRF on encoded paths', () => {
  let s: Running;
  beforeAll(async () => { s = await start(SQLITE); });
  afterAll(async () => s?.stop());

  it('sends the CORS headers to an allowed origin on /%61pi/ as on /api/', async () => {
    const c = new Client(s.base);
    for (const prefix of ['/api', ENCODED]) {
      const r = await c.get(`${prefix}/v1/policy`, { origin: s.base });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin'), prefix).toBe(s.base);
      expect(r.headers.get('access-control-allow-credentials')).toBe('true');
    }
  });

  it('answers an encoded preflight from an allowed origin with 204, and one from elsewhere with 404 and no allow header', async () => {
    const pre = (origin: string) => fetch(`${s.base}${ENCODED}/v1/comments`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const ok = await pre(s.base);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(s.base);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    const other = await pre('https://evil.example');
    expect(other.status).toBe(404);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('asks an encoded cookie write for its CSRF token, and gives encoded sign-in paths their exemption', async () => {
    const r = await reader(s.base);
    const widget = await widgetClient(s.base, (r as unknown as { email: string }).email);
    const noCsrf = new Client(s.base, undefined, widget.cookie);
    const storyUrl = `${s.base}/stories/csrf`;
    expectProblem(await noCsrf.post(`${ENCODED}/v1/comments`, { storyUrl, body: 'forged' }), 403, 'csrf_failed');
    // A stale cookie does not block signing in again, however the path is spelled.
    expect((await noCsrf.post(`${ENCODED}/v1/auth/login`, { email: 'x@y.test', password: 'nope' })).status).toBe(401);
  });
});
