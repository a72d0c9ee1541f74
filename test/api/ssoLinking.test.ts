// The SSO account-linking rule over real HTTP on SQLite and PostgreSQL: link only verified to verified, else apart.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, start, type Running } from './harness';

const SECRET = 'publisher-shared-secret-of-enough-length';
const token = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('news.test').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));

for (const backend of await backends('sso linking')) {
  describe(`SSO account linking (${backend.name})`, () => {
    let s: Running;
    beforeAll(async () => { s = await start(backend, { ssoSecret: SECRET }); });
    afterAll(async () => s?.stop());

    let n = 0;
    const unique = (what: string) => `${what}-${++n}-${Date.now()}`;
    /** Signs in and returns the account id, failing loudly on anything but 200. */
    async function sso(claims: Record<string, unknown>): Promise<string> {
      const r = await new Client(s.base).post('/api/v1/auth/sso', { token: await token(claims) });
      if (r.status !== 200) throw new Error(`sso sign-in ${JSON.stringify(claims)}: ${r.status} ${r.text}`);
      return r.body.user.id;
    }
    const user = (id: string) => s.store.getUser(id);
    const siteId = () => s.server.deps.siteId;

    it('a local account holds the email: the SSO reader gets an account of their own, and signs in again (was a 500)', async () => {
      const email = `${unique('local')}@x.test`;
      const reg = await new Client(s.base).post('/api/v1/auth/register', { email, password: 'a local pass phrase', displayName: 'Local' });
      expect(reg.status).toBe(201);
      const sub = unique('sub');
      const first = await sso({ sub, email, email_verified: true, name: 'Sso' });
      expect(first).not.toBe(reg.body.user.id);
      expect(await user(first)).toMatchObject({ email: null, emailVerified: false, ssoSubject: `news.test|${sub}` });
      const again = await sso({ sub, email, email_verified: true, name: 'Sso' });
      expect(again).toBe(first);
      // The local account is untouched: its email, no SSO subject, and its password still signs it in.
      expect(await user(reg.body.user.id)).toMatchObject({ email, ssoSubject: null, emailVerified: false });
      expect((await new Client(s.base).post('/api/v1/auth/login', { email, password: 'a local pass phrase' })).body.user.id).toBe(reg.body.user.id);
    });

    it('two subjects with one unverified email stay apart, and both keep signing in', async () => {
      const email = `${unique('shared')}@x.test`;
      const [a, b] = [unique('a'), unique('b')];
      const idA = await sso({ sub: a, email });
      const idB = await sso({ sub: b, email });
      expect(idB).not.toBe(idA);
      expect(await user(idA)).toMatchObject({ email, emailVerified: false });
      expect(await user(idB)).toMatchObject({ email: null });
      expect(await sso({ sub: b, email })).toBe(idB);
      expect(await sso({ sub: a, email })).toBe(idA);
      expect(await sso({ sub: b, email })).toBe(idB);
    });

    it('links a new subject to an account when both the token and the account say the email is verified', async () => {
      const email = `${unique('verified')}@x.test`;
      const [a, b] = [unique('a'), unique('b')];
      const idA = await sso({ sub: a, email, email_verified: true, name: 'Asha' });
      expect(await user(idA)).toMatchObject({ email, emailVerified: true });
      const idB = await sso({ sub: b, email: email.toUpperCase(), email_verified: true, name: 'Asha S.' });
      expect(idB).toBe(idA);
      expect(await s.store.findUserBySso(siteId(), `news.test|${b}`)).toMatchObject({ id: idA });
      expect(await sso({ sub: b, email, email_verified: true })).toBe(idA);
      expect(await sso({ sub: a, email, email_verified: true })).toBe(idA);
      expect((await user(idA))?.ssoSubject).toBe(`news.test|${a}`);
    });

    it('does not link into a staff account; a banned account stays banned for a linked subject', async () => {
      const email = `${unique('staff')}@x.test`;
      const mod = await sso({ sub: unique('mod'), email, email_verified: true });
      await s.store.updateUser(mod, { role: 'moderator' });
      const second = await sso({ sub: unique('second'), email, email_verified: true });
      expect(second).not.toBe(mod);
      expect(await user(second)).toMatchObject({ role: 'commenter', email: null });
      const email2 = `${unique('banned')}@x.test`;
      const banned = await sso({ sub: unique('banned'), email: email2, email_verified: true });
      await s.store.updateUser(banned, { status: 'banned' });
      const evader = await sso({ sub: unique('evader'), email: email2, email_verified: true });
      expect(evader).toBe(banned);
      expect((await user(evader))?.status).toBe('banned');
    });

    it('does not link when only one side is verified, or when the claim is not literally true', async () => {
      // The account verified, the new token not (missing, false, or the string "true").
      const email = `${unique('half')}@x.test`;
      const owner = await sso({ sub: unique('owner'), email, email_verified: true });
      for (const claim of [{}, { email_verified: false }, { email_verified: 'true' }, { email_verified: 1 }]) {
        const other = await sso({ sub: unique('other'), email, ...claim });
        expect(other).not.toBe(owner);
        expect(await user(other)).toMatchObject({ email: null, emailVerified: false });
      }
      // The account unverified, the new token verified.
      const email2 = `${unique('half2')}@x.test`;
      const first = await sso({ sub: unique('first'), email: email2 });
      const second = await sso({ sub: unique('second'), email: email2, email_verified: true });
      expect(second).not.toBe(first);
      expect(await user(first)).toMatchObject({ email: email2, emailVerified: false });
      expect(await user(second)).toMatchObject({ email: null });
    });

    it('an account whose publisher email moves onto one held elsewhere still signs in, without that email (was a 500)', async () => {
      const held = `${unique('held')}@x.test`;
      const holder = await sso({ sub: unique('holder'), email: held, email_verified: true });
      const sub = unique('mover');
      const mover = await sso({ sub, email: `${unique('own')}@x.test`, email_verified: true });
      expect(await sso({ sub, email: held, email_verified: false, name: 'Moved' })).toBe(mover);
      expect(await user(mover)).toMatchObject({ email: null, emailVerified: false, displayName: 'Moved' });
      expect(await user(holder)).toMatchObject({ email: held, emailVerified: true });
      // A verified token does not let an existing account take another's email either: linking is only for new subjects.
      expect(await sso({ sub, email: held, email_verified: true })).toBe(mover);
      expect((await user(mover))?.email).toBeNull();
    });

    it('the email, once free, is the account\'s again; a verified claim verifies the same email', async () => {
      const email = `${unique('later')}@x.test`;
      const sub = unique('sub');
      const id = await sso({ sub, email });
      expect(await user(id)).toMatchObject({ email, emailVerified: false });
      expect(await sso({ sub, email, email_verified: true })).toBe(id);
      expect(await user(id)).toMatchObject({ email, emailVerified: true });
      expect(await sso({ sub })).toBe(id);
      expect(await user(id)).toMatchObject({ email: null, emailVerified: false });
    });

    it('first sign-ins of one subject from several tabs at once reach one account; of two verified subjects, one account', async () => {
      const sub = unique('tabs');
      const email = `${unique('tabs')}@x.test`;
      const ids = await Promise.all(Array.from({ length: 6 }, () => sso({ sub, email, email_verified: true })));
      expect(new Set(ids).size).toBe(1);
      const linked = await Promise.all(Array.from({ length: 4 }, () => sso({ sub: `${sub}-second`, email, email_verified: true })));
      expect(new Set([...ids, ...linked]).size).toBe(1);
    });

    it('a password registration for an email an SSO account holds is still 409 email_taken', async () => {
      const email = `${unique('taken')}@x.test`;
      await sso({ sub: unique('sub'), email, email_verified: true });
      const r = await new Client(s.base).post('/api/v1/auth/register', { email, password: 'a local pass phrase', displayName: 'Late' });
      expect(r.status).toBe(409);
    });
  });
}
