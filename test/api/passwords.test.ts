// Weak passwords are refused with 400 weak_password on registration and for the bootstrap admin, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { backends, Client, expectProblem, start, type Running } from './harness';

for (const backend of await backends('passwords')) {
  describe(`password rule (${backend.name})`, () => {
    let s: Running;
    beforeAll(async () => { s = await start(backend); });
    afterAll(async () => s?.stop());

    const register = (email: string, password: string) => new Client(s.base).post('/api/v1/auth/register', { email, password, displayName: 'Pass' });

    it('refuses eight spaces, password, 12345678, the email and its name part, and common passwords, saying why', async () => {
      const cases: [string, RegExp][] = [
        ['        ', /only spaces/], ['password', /at least 10/], ['12345678', /at least 10/], ['short pw', /at least 10/],
        ['         x         ', /at least 10/], ['password123', /most common/], ['Qwertyuiop', /most common/], ['1q2w3e4r5t', /most common/],
        ['aaaaaaaaaaaa', /repeated/], ['weak.reader@example.test', /email/], ['WEAK.READER', /email/],
      ];
      // The name part alone needs ten characters to reach the email rule: "weak.reader" has eleven.
      for (const [password, why] of cases) {
        const r = await register('weak.reader@example.test', password);
        expectProblem(r, 400, 'weak_password');
        expect(r.body.detail, password).toMatch(why);
      }
      expect(await s.store.findUserByEmail(s.server.deps.siteId, 'weak.reader@example.test')).toBeUndefined();
      expect((await register('weak.reader@example.test', 'a sturdy pass phrase')).status).toBe(201);
    });

    it('refuses a weak CHARCHA_ADMIN_PASSWORD and creates no admin', async () => {
      const deps = { store: s.store, now: () => new Date() };
      await expect(ensureAdminUser(deps, { siteId: s.server.deps.siteId, email: 'boss@example.test', password: 'admin123' }))
        .rejects.toMatchObject({ status: 400, code: 'weak_password' });
      expect(await s.store.findUserByEmail(s.server.deps.siteId, 'boss@example.test')).toBeUndefined();
      const ok = await ensureAdminUser(deps, { siteId: s.server.deps.siteId, email: 'boss@example.test', password: 'a long admin pass phrase' });
      expect(ok?.user.role).toBe('admin');
    });
  });
}
