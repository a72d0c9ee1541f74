// OpenID Connect sign-in against a real oidc-provider on loopback: readers (popup result), staff (linked identity only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { postedResult, startProvider, walkSignIn, type TestProvider } from '../support/oidcProvider';
import { backends, Client, expectProblem, start, type Running } from './harness';

const PUBLISHER = 'http://news.example.test';
const ADMIN_PASSWORD = 'admin password for oidc tests';

for (const backend of await backends('OIDC sign-in')) {
  describe(`OIDC sign-in (${backend.name})`, () => {
    let idp: TestProvider;
    let s: Running;
    let sub: (login: string) => string;
    beforeAll(async () => {
      idp = await startProvider();
      s = await start(backend, { oidcIssuer: idp.issuer, oidcClientId: idp.clientId, oidcClientSecret: idp.clientSecret, origins: [PUBLISHER] });
      idp.allowRedirect(`${s.base}/oidc/callback`);
      sub = (login) => `${idp.issuer}|${login}`;
      idp.accounts.set('alice', { email: 'alice@idp.test', email_verified: true, name: 'Alice Iyer' });
      idp.accounts.set('boss', { email: 'boss@idp.test', email_verified: true, name: 'The Editor' });
      idp.accounts.set('mallory', { email: 'holder@news.test', email_verified: true, name: 'Mallory' });
    });
    afterAll(async () => {
      await s?.stop();
      await idp?.close();
    });

    it('says OIDC is offered, and signs a reader in through the popup with the result posted to the publisher page only', async () => {
      expect((await new Client(s.base).get('/api/v1/auth/methods')).body).toEqual({ sso: false, oidc: true, localAccounts: true });
      const walk = await walkSignIn(`${s.base}/oidc/start?purpose=reader&origin=${encodeURIComponent(PUBLISHER)}`, 'alice');
      expect(walk.status).toBe(200);
      const posted = postedResult(walk.html);
      expect(posted?.origin).toBe(PUBLISHER);
      expect(posted?.result).toMatchObject({ type: 'charcha-oidc', ok: true, user: { displayName: 'Alice Iyer' } });
      expect(walk.charchaCookies).toContain('charcha_session=');
      // The token the page receives is a working bearer session of the new account.
      const me = await new Client(s.base, posted!.result.token).get('/api/v1/auth/session');
      expect(me.body.user).toMatchObject({ id: posted!.result.user.id, email: 'alice@idp.test' });
      expect((await s.store.findUserBySso(s.server.deps.siteId, sub('alice')))?.id).toBe(posted!.result.user.id);
      // The same identity reaches the same account the next time.
      const again = postedResult((await walkSignIn(`${s.base}/oidc/start?origin=${encodeURIComponent(PUBLISHER)}`, 'alice')).html);
      expect(again?.result.user.id).toBe(posted!.result.user.id);
    });

    it('refuses an opener origin the site does not allow, and a callback it did not start (nothing is posted)', async () => {
      const c = new Client(s.base);
      expectProblem(await c.get(`/oidc/start?origin=${encodeURIComponent('http://evil.test')}`), 400, 'origin_not_allowed');
      const forged = await c.get('/oidc/callback?code=abc&state=xyz');
      expect(forged.status).toBe(400);
      expect(forged.text).toContain('not started here');
      expect(postedResult(forged.text)).toBeNull();
    });

    it('never merges silently: a verified provider email held by a password account gets an account of its own', async () => {
      const reg = await new Client(s.base).post('/api/v1/auth/register', { email: 'holder@news.test', password: 'correct horse battery', displayName: 'Holder' });
      expect(reg.status).toBe(201);
      const posted = postedResult((await walkSignIn(`${s.base}/oidc/start?origin=${encodeURIComponent(s.base)}`, 'mallory')).html);
      expect(posted?.result.ok).toBe(true);
      expect(posted?.result.user.id).not.toBe(reg.body.user.id);
      expect((await s.store.getUser(posted!.result.user.id))?.email).toBeNull();
    });

    it('signs a staff member in to the dashboard only with an identity they linked while signed in (audited)', async () => {
      const siteId = s.server.deps.siteId;
      await ensureAdminUser({ store: s.store, now: () => new Date() }, { siteId, email: 'boss@idp.test', password: ADMIN_PASSWORD });
      const staffStart = `${s.base}/oidc/start?purpose=staff`;
      // Same email, verified by the provider, but not linked: no dashboard.
      const before = postedResult((await walkSignIn(staffStart, 'boss')).html);
      expect(before).toMatchObject({ origin: s.base, result: { ok: false, code: 'not_staff' } });
      // A reader identity (alice, signed in above) is never staff either.
      expect(postedResult((await walkSignIn(staffStart, 'alice')).html)?.result).toMatchObject({ ok: false, code: 'not_staff' });

      const login = await new Client(s.base).post('/api/v1/auth/login', { email: 'boss@idp.test', password: ADMIN_PASSWORD });
      const admin = new Client(s.base, login.body.token);
      expectProblem(await new Client(s.base).post('/api/v1/auth/oidc/link'), 401, 'unauthorized');
      const link = await admin.post('/api/v1/auth/oidc/link');
      expect(link.status).toBe(200);
      expect(new URL(link.body.url).origin).toBe(idp.issuer);
      const linked = postedResult((await walkSignIn(link.body.url, 'boss', { url: s.base, cookies: link.headers.getSetCookie() })).html);
      expect(linked?.result).toMatchObject({ ok: true, linked: true });
      expect((await s.store.findUserBySso(siteId, sub('boss')))?.id).toBe(login.body.user.id);
      const audit = await s.store.listAuditFor('user', login.body.user.id);
      expect(audit.find((e) => e.action === 'auth.oidc_link')?.data).toMatchObject({ subject: sub('boss') });

      const after = postedResult((await walkSignIn(staffStart, 'boss')).html);
      expect(after).toMatchObject({ origin: s.base, result: { ok: true, user: { id: login.body.user.id } } });
      const session = await new Client(s.base, after!.result.token).post('/api/v1/admin/session');
      expect(session.status).toBe(200);
      expect(session.body.user).toMatchObject({ id: login.body.user.id, role: 'admin' });

      // Readers link nothing; and an identity linked to one staff account cannot be linked to another.
      const holder = await new Client(s.base).post('/api/v1/auth/login', { email: 'holder@news.test', password: 'correct horse battery' });
      expect(holder.status).toBe(200);
      const other = new Client(s.base, holder.body.token);
      expectProblem(await other.post('/api/v1/auth/oidc/link'), 403, 'not_staff');
      expect((await admin.post(`/api/v1/admin/users/${holder.body.user.id}/actions`, { action: 'setRole', role: 'moderator' })).status).toBe(200);
      const second = await other.post('/api/v1/auth/oidc/link');
      expect(second.status).toBe(200);
      const taken = postedResult((await walkSignIn(second.body.url, 'boss', { url: s.base, cookies: second.headers.getSetCookie() })).html);
      expect(taken?.result).toMatchObject({ ok: false, code: 'oidc_identity_taken' });
      expect((await s.store.findUserBySso(siteId, sub('boss')))?.id).toBe(login.body.user.id);
    });

    it('answers oidc_not_configured on a server without a provider', async () => {
      const none = await start(backend);
      try {
        expect((await new Client(none.base).get('/api/v1/auth/methods')).body.oidc).toBe(false);
        expectProblem(await new Client(none.base).get('/oidc/start'), 404, 'oidc_not_configured');
      } finally {
        await none.stop();
      }
    });
  });
}
