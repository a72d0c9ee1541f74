// Contract: staff accounts — a password reset ends every session of that user and no one else's.
import { describe, expect, it } from 'vitest';
import { at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function staffContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('user sessions', () => {
    it('ends every session of one user, whatever the sign-in, and only that user\'s', async () => {
      const { alice, bob } = await seed(t.store);
      const base = { csrfToken: null, createdAt: at(), expiresAt: at(3600_000) };
      await t.store.createSession({ ...base, userId: alice.id, tokenHash: 'a'.repeat(64), kind: 'bearer', signIn: 'one' });
      await t.store.createSession({ ...base, userId: alice.id, tokenHash: 'b'.repeat(64), kind: 'cookie', signIn: 'two' });
      await t.store.createSession({ ...base, userId: bob.id, tokenHash: 'c'.repeat(64), kind: 'cookie', signIn: 'three' });
      await t.store.deleteUserSessions(alice.id);
      expect(await t.store.getSession('a'.repeat(64))).toBeUndefined();
      expect(await t.store.getSession('b'.repeat(64))).toBeUndefined();
      expect((await t.store.getSession('c'.repeat(64)))?.userId).toBe(bob.id);
    });
  });
}
