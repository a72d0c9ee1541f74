// Publisher SSO against hostile but validly signed tokens, on both engines: no 500, no unbounded token, no unprintable names.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, expectProblem, start, type Running } from './harness';

const list = await backends('sso hostile claims');
const SECRET = 'publisher-shared-secret-of-enough-length';
const key = new TextEncoder().encode(SECRET);
let n = 0;
const sign = (claims: Record<string, unknown>, exp: string | null = '5m') => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (exp) jwt.setExpirationTime(exp);
  return jwt.sign(key);
};

describe.each(list)('SSO with hostile claims on $name', (backend) => {
  let s: Running;
  beforeAll(async () => { s = await start(backend, { ssoSecret: SECRET, logLevel: 'error' }); });
  afterAll(async () => s?.stop());
  const sso = async (token: string) => new Client(s.base).post('/api/v1/auth/sso', { token });

  it('refuses a token without an expiry (it would sign in forever if it leaked)', async () => {
    const r = await sso(await sign({ sub: `u${++n}`, email: 'forever@news.test' }, null));
    expectProblem(r, 401, 'invalid_token');
    expect(r.body.detail).toContain('exp');
  });

  it('stores names and emails with NUL, control, bidi-override or broken characters safely', async () => {
    const cases: Array<[Record<string, unknown>, (name: string) => void]> = [
      [{ name: 'Ra\u0000vi', email: 'ra\u0000vi@news.test' }, (x) => expect(x).toBe('Ra vi')],
      [{ email: 'nul\u0000@news.test' }, (x) => expect(x).toBe('Reader')],
      [{ name: '\u202eivaR', email: 'bidi@news.test' }, (x) => expect(x).toBe('ivaR')],
      [{ name: 'line\nbreak\ttab', email: 'ctl@news.test' }, (x) => expect(x).toBe('line break tab')],
      [{ name: `${'a'.repeat(59)}😀😀`, email: 'long@news.test' }, (x) => expect(x).toBe(`${'a'.repeat(59)}😀`)],
      [{ name: '\u200b\u200b', email: 'zw@news.test' }, (x) => expect(x).toBe('zw')],
      [{ name: 'half \ud800 surrogate', email: 'sur@news.test' }, (x) => expect(x).toBe('half surrogate')],
    ];
    for (const [claims, check] of cases) {
      const r = await sso(await sign({ sub: `u${++n}`, ...claims }));
      expect(r.status, r.text).toBe(200);
      check(r.body.user.displayName);
    }
  });

  it('the same publisher user signing in from ten tabs at once gets one account', async () => {
    const token = await sign({ sub: `u${++n}`, email: 'tabs@news.test', name: 'Tabs' });
    const rs = await Promise.all(Array.from({ length: 10 }, () => sso(token)));
    expect(rs.map((r) => r.status), rs.map((r) => r.text).join('\n')).toEqual(Array(10).fill(200));
    expect(new Set(rs.map((r) => r.body.user.id)).size).toBe(1);
  });
});
