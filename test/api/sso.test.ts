// Publisher SSO over real HTTP: HS256 with a shared secret, RS256 against a JWKS (file and inline JSON).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteTestStore } from '../support/stores';
import { Client, expectProblem, start, type Running } from './harness';

const backend = { name: 'sqlite' as const, open: sqliteTestStore };
const SECRET = 'publisher-shared-secret-of-enough-length';

describe('SSO', () => {
  let s: Running;
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let other: { privateKey: CryptoKey };
  let jwksFile: string;
  beforeAll(async () => {
    rsa = await generateKeyPair('RS256', { extractable: true });
    other = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-jwks-')), 'jwks.json');
    fs.writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    s = await start(backend, { ssoSecret: SECRET, ssoJwks: jwksFile });
  });
  afterAll(async () => s?.stop());

  const hs = (claims: Record<string, unknown>, secret = SECRET) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('news.test').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(secret));
  const rs = (claims: Record<string, unknown>, key = rsa.privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('news.test').setIssuedAt().setExpirationTime('5m').sign(key);

  it('signs in with an HS256 token, creating then updating the user', async () => {
    const c = new Client(s.base);
    const first = await c.post('/api/v1/auth/sso', { token: await hs({ sub: 'u-42', email: 'ravi@news.test', name: 'Ravi' }) });
    expect(first.status).toBe(200);
    expect(first.body.user.displayName).toBe('Ravi');
    expect(first.headers.getSetCookie().some((x) => x.startsWith('charcha_session='))).toBe(true);
    const again = await c.post('/api/v1/auth/sso', { token: await hs({ sub: 'u-42', email: 'ravi@news.test', name: 'Ravi K.' }) });
    expect(again.body.user).toEqual({ id: first.body.user.id, displayName: 'Ravi K.' });
    const me = await new Client(s.base, again.body.token).get('/api/v1/auth/session');
    expect(me.body.user).toMatchObject({ id: first.body.user.id, email: 'ravi@news.test' });
    expect((await s.store.getUser(first.body.user.id))?.ssoSubject).toBe('news.test|u-42');
  });

  it('signs in with an RS256 token verified against the JWKS file', async () => {
    const r = await new Client(s.base).post('/api/v1/auth/sso', { token: await rs({ sub: 'r-7', name: 'Nadia' }) });
    expect(r.status).toBe(200);
    expect(r.body.user.displayName).toBe('Nadia');
  });

  it('refuses a wrong secret, a foreign key, an expired token and garbage with invalid_token', async () => {
    const c = new Client(s.base);
    expectProblem(await c.post('/api/v1/auth/sso', { token: await hs({ sub: 'x' }, 'another-secret-entirely-different') }), 401, 'invalid_token');
    expectProblem(await c.post('/api/v1/auth/sso', { token: await rs({ sub: 'x' }, other.privateKey) }), 401, 'invalid_token');
    const expired = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(SECRET));
    expectProblem(await c.post('/api/v1/auth/sso', { token: expired }), 401, 'invalid_token');
    expectProblem(await c.post('/api/v1/auth/sso', { token: 'not.a.jwt' }), 401, 'invalid_token');
    expectProblem(await c.post('/api/v1/auth/sso', { token: await hs({ email: 'no-sub@x.test' }) }), 401, 'invalid_token');
  });

  it('checks the issuer when CHARCHA_SSO_ISSUER is set', async () => {
    const strict = await start(backend, { ssoSecret: SECRET, ssoIssuer: 'news.test' });
    try {
      const c = new Client(strict.base);
      expect((await c.post('/api/v1/auth/sso', { token: await hs({ sub: 'iss-1' }) })).status).toBe(200);
      const foreign = await new SignJWT({ sub: 'iss-1' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('other.test').setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
      expectProblem(await c.post('/api/v1/auth/sso', { token: foreign }), 401, 'invalid_token');
    } finally {
      await strict.stop();
    }
  });

  it('accepts an inline JWKS and answers sso_not_configured without one', async () => {
    const jwks = fs.readFileSync(jwksFile, 'utf8');
    const inline = await start(backend, { ssoJwks: jwks });
    const none = await start(backend);
    try {
      expect((await new Client(inline.base).post('/api/v1/auth/sso', { token: await rs({ sub: 'i-1', name: 'Inline' }) })).status).toBe(200);
      expectProblem(await new Client(none.base).post('/api/v1/auth/sso', { token: await rs({ sub: 'i-1' }) }), 404, 'sso_not_configured');
    } finally {
      await inline.stop();
      await none.stop();
    }
  });
});
