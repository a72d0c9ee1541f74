// The site setting localAccounts: off, readers sign in only through the publisher (SSO/OIDC); staff keep their passwords.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { backends, Client, expectProblem, start, type Running } from './harness';

const SECRET = 'publisher-shared-secret-for-local-accounts';
const ADMIN = { email: 'admin@local-accounts.test', password: 'admin password for tests' };
const READER = { email: 'reader@local-accounts.test', password: 'correct horse battery', displayName: 'Reader' };

for (const backend of await backends('local accounts setting')) {
  describe(`local accounts setting (${backend.name})`, () => {
    let s: Running;
    let admin: Client;
    beforeAll(async () => {
      s = await start(backend, { ssoSecret: SECRET });
      await ensureAdminUser({ store: s.store, now: () => new Date() }, { siteId: s.server.deps.siteId, ...ADMIN });
      admin = new Client(s.base, (await new Client(s.base).post('/api/v1/auth/login', ADMIN)).body.token);
    });
    afterAll(async () => s?.stop());

    it('is on by default; turned off, register and reader sign-in answer local_accounts_disabled while staff and SSO still sign in', async () => {
      const anon = new Client(s.base);
      expect((await anon.get('/api/v1/auth/methods')).body).toEqual({ sso: true, oidc: false, localAccounts: true });
      expect((await anon.post('/api/v1/auth/register', READER)).status).toBe(201);

      const off = await admin.patch('/api/v1/admin/settings', { localAccounts: false });
      expect(off.status).toBe(200);
      expect(off.body.settings.localAccounts).toBe(false);
      const audit = (await s.store.listAuditFor('site', s.server.deps.siteId)).filter((e) => e.action === 'settings.update').at(-1);
      expect(audit?.reason).toBe('localAccounts');

      expect((await anon.get('/api/v1/auth/methods')).body.localAccounts).toBe(false);
      expectProblem(await anon.post('/api/v1/auth/register', { ...READER, email: 'second@local-accounts.test' }), 403, 'local_accounts_disabled');
      expectProblem(await anon.post('/api/v1/auth/login', { email: READER.email, password: READER.password }), 403, 'local_accounts_disabled');
      // A wrong password is still just a wrong password: the setting says nothing about which accounts exist.
      expectProblem(await anon.post('/api/v1/auth/login', { email: READER.email, password: 'wrong password here' }), 401, 'invalid_credentials');
      expect((await anon.post('/api/v1/auth/login', ADMIN)).status).toBe(200);
      const token = await new SignJWT({ sub: 'pub-1', name: 'Publisher Reader' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));
      expect((await anon.post('/api/v1/auth/sso', { token })).status).toBe(200);

      expect((await admin.patch('/api/v1/admin/settings', { localAccounts: true })).body.settings.localAccounts).toBe(true);
      expect((await anon.post('/api/v1/auth/login', { email: READER.email, password: READER.password })).status).toBe(200);
    });
  });
}
