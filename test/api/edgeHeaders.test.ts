// The edge's smaller holes: slow request bodies, a forged Host, missing security headers, and logout ending both sessions.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore } from '../support/stores';
import { backends, Client, expectProblem, start, type Running } from './harness';

const SQLITE = { name: 'sqlite' as const, open: sqliteTestStore };

/** A request with a Host header of our choosing (fetch will not send one). */
function withHost(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const getWithHost = (base: string, path: string, headers: Record<string, string>) => withHost(base, 'GET', path, headers);

describe('slow request bodies', () => {
  let s: Running;
  beforeAll(async () => { s = await start(SQLITE, { requestTimeoutMs: 600 }); });
  afterAll(async () => s?.stop());

  it('answers a body trickled in byte by byte with 408 problem+json and closes, within the limit', async () => {
    const { hostname, port } = new URL(s.base);
    const started = performance.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write('POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      });
      const drip = setInterval(() => { if (!socket.destroyed) socket.write(' '); }, 100);
      let out = '';
      socket.on('data', (d) => { out += d.toString('utf8'); });
      socket.on('close', () => { clearInterval(drip); resolve(out); });
      socket.on('error', (err) => { clearInterval(drip); if (out) resolve(out); else reject(err); });
      setTimeout(() => socket.destroy(), 10_000);
    });
    const elapsed = performance.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 408, code: 'request_timeout' });
    // 600 ms allowed, checked every 150 ms: well under the 10 s the test would otherwise wait.
    expect(elapsed).toBeLessThan(3_000);
    expect((await new Client(s.base).get('/healthz')).status).toBe(200);
  });
});

describe('a forged Host header', () => {
  let s: Running;
  beforeAll(async () => { s = await start(SQLITE); });
  afterAll(async () => s?.stop());

  it('does not make evil.example our own origin for CORS', async () => {
    const r = await getWithHost(s.base, '/api/v1/policy', { host: 'evil.example', origin: 'http://evil.example' });
    expect(r.status).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    // Our real origin still is.
    const own = await getWithHost(s.base, '/api/v1/policy', { host: new URL(s.base).host, origin: s.base });
    expect(own.headers['access-control-allow-origin']).toBe(s.base);
  });

  it('does not let a widget session open a story on evil.example by naming it as the Host', async () => {
    const r = await new Client(s.base).post('/api/v1/auth/register', { email: 'host@example.test', password: 'correct horse', displayName: 'Host' });
    const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const headers = { cookie, 'x-csrf-token': r.body.csrf, 'content-type': 'application/json' };
    const auth = new Client(s.base, undefined, cookie, r.body.csrf);
    expect((await auth.post('/api/v1/policy/accept', { version: 1 })).status).toBe(200);
    const post = await withHost(s.base, 'POST', '/api/v1/comments', { ...headers, host: 'evil.example' }, JSON.stringify({ storyUrl: 'http://evil.example/planted', body: 'hello' }));
    expect(post.status, post.body).toBe(404);
    expect(JSON.parse(post.body).code).toBe('story_not_found');
    // Our own origin still opens stories for the widget.
    expect((await auth.post('/api/v1/comments', { storyUrl: `${s.base}/stories/own`, body: 'hello' })).status).toBe(201);
  });

  it('does not print evil.example into the demo page, its CSP or its script URL', async () => {
    const own = `http://localhost:${new URL(s.base).port}`;
    for (const path of ['/', '/stories/night-metro-trial']) {
      const r = await getWithHost(s.base, path, { host: 'evil.example' });
      expect(r.status).toBe(200);
      expect(String(r.headers['content-security-policy'])).not.toContain('evil.example');
      expect(String(r.headers['content-security-policy'])).toContain(own);
      expect(r.body).not.toContain('evil.example');
      expect(r.body).toContain(`${own}/embed.js`);
    }
  });
});

describe('security headers', () => {
  let s: Running;
  beforeAll(async () => { s = await start(SQLITE); });
  afterAll(async () => s?.stop());

  it('sends nosniff on successes, errors, unknown routes, broken URLs and broken HTTP alike', async () => {
    const c = new Client(s.base);
    for (const r of [await c.get('/api/v1/policy'), await c.get('/api/v1/nothing-here'), await c.get('/api/v1/comments/%ff'),
      await c.post('/api/v1/auth/login', { email: 'x@y.test', password: 'nope' }), await c.get('/moderation-log'), await c.get('/')]) {
      expect(r.headers.get('x-content-type-options'), `${r.status} ${r.text.slice(0, 80)}`).toBe('nosniff');
    }
    const { hostname, port } = new URL(s.base);
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), hostname, () => socket.end('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\n'));
      let out = '';
      socket.on('data', (d) => { out += d; });
      socket.on('close', () => resolve(out));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('X-Content-Type-Options: nosniff');
  });

  it('frames /moderation-log only from ourselves and the site\'s origins', async () => {
    const csp = (await new Client(s.base).get('/moderation-log')).headers.get('content-security-policy') ?? '';
    const frame = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors'));
    expect(frame).toBeDefined();
    expect(frame).toContain("'self'");
    expect(frame).not.toContain('*');
    expect(csp).toContain("default-src 'none'");
  });

  it('sends no HSTS when the public URL is not https', async () => {
    expect((await new Client(s.base).get('/healthz')).headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS on every response when CHARCHA_PUBLIC_URL is https', async () => {
    const tls = await start(SQLITE, { publicUrl: 'https://comments.example' });
    try {
      const c = new Client(tls.base);
      for (const r of [await c.get('/healthz'), await c.get('/api/v1/nothing-here')]) {
        expect(r.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
      }
    } finally {
      await tls.stop();
    }
  });
});

for (const backend of await backends('logout')) {
  describe(`logout on ${backend.name}`, () => {
    let s: Running;
    beforeAll(async () => { s = await start(backend); });
    afterAll(async () => s?.stop());

    /** One sign-in: its bearer client and its cookie client (with CSRF). */
    async function signIn(): Promise<{ bearer: Client; cookie: Client }> {
      const r = await new Client(s.base).post('/api/v1/auth/register', {
        email: `out${Math.random().toString(36).slice(2)}@example.test`, password: 'correct horse', displayName: 'Leaving',
      });
      expect(r.status, r.text).toBe(201);
      const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      return { bearer: new Client(s.base, r.body.token), cookie: new Client(s.base, undefined, cookie, r.body.csrf) };
    }
    const signedIn = async (c: Client) => (await c.get('/api/v1/auth/session')).body?.user ?? null;

    it('logging out with the cookie ends the bearer token of the same sign-in too', async () => {
      const { bearer, cookie } = await signIn();
      expect(await signedIn(bearer)).not.toBeNull();
      expect(await signedIn(cookie)).not.toBeNull();
      expect((await cookie.post('/api/v1/auth/logout')).status).toBe(200);
      expect(await signedIn(cookie)).toBeNull();
      expectProblem(await bearer.get('/api/v1/auth/session'), 401, 'invalid_token');
    });

    it('logging out with the bearer token ends the cookie session too, and no other sign-in', async () => {
      const { bearer, cookie } = await signIn();
      const other = await signIn();
      expect((await bearer.post('/api/v1/auth/logout')).status).toBe(200);
      expectProblem(await bearer.get('/api/v1/auth/session'), 401, 'invalid_token');
      expect(await signedIn(cookie)).toBeNull();
      expect(await signedIn(other.bearer)).not.toBeNull();
      expect(await signedIn(other.cookie)).not.toBeNull();
    });
  });
}
