// Contract: one-use account tokens (verification, password reset) and ending every session of one user.
import { describe, expect, it } from 'vitest';
import type { AccountToken } from '../../../src/domain/accountTokens';
import { at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function accountTokensContract(factory: HarnessFactory) {
  const t = freshStore(factory);
  const token = (userId: string, siteId: string, over: Partial<AccountToken> = {}): AccountToken => ({
    tokenHash: `hash-${Math.random().toString(36).slice(2)}`, userId, siteId, purpose: 'reset_password', email: 'alice@example.test',
    createdAt: at(0), expiresAt: at(30 * 60_000), usedAt: null, ...over,
  });

  describe('account tokens', () => {
    it('stores a token by its hash and lets it be used exactly once', async () => {
      const { site, alice } = await seed(t.store);
      const tok = token(alice.id, site.id);
      await t.store.insertAccountToken(tok);
      expect(await t.store.getAccountToken(tok.tokenHash)).toEqual(tok);
      expect(await t.store.getAccountToken('no-such-hash')).toBeUndefined();
      expect(await t.store.useAccountToken(tok.tokenHash, at(1000))).toBe(true);
      expect(await t.store.useAccountToken(tok.tokenHash, at(2000))).toBe(false);
      expect((await t.store.getAccountToken(tok.tokenHash))?.usedAt).toBe(at(1000));
    });

    it('uses a token once under a race: of two transactions only one wins', async () => {
      const { site, alice } = await seed(t.store);
      const tok = token(alice.id, site.id);
      await t.store.insertAccountToken(tok);
      const wins = await Promise.all([0, 1].map((i) => t.store.transaction((tx) => tx.useAccountToken(tok.tokenHash, at(i)))));
      expect(wins.filter(Boolean)).toHaveLength(1);
    });

    it('voids the unused tokens of one user and purpose, and counts tokens since a time', async () => {
      const { site, alice, bob } = await seed(t.store);
      const a1 = token(alice.id, site.id, { createdAt: at(0) });
      const a2 = token(alice.id, site.id, { createdAt: at(60_000) });
      const used = token(alice.id, site.id, { createdAt: at(120_000), usedAt: at(130_000) });
      const verify = token(alice.id, site.id, { purpose: 'verify_email', createdAt: at(60_000) });
      const bobs = token(bob.id, site.id, { email: 'bob@example.test' });
      for (const x of [a1, a2, used, verify, bobs]) await t.store.insertAccountToken(x);
      expect(await t.store.countAccountTokens(alice.id, 'reset_password', at(0))).toBe(3);
      expect(await t.store.countAccountTokens(alice.id, 'reset_password', at(60_000))).toBe(2);
      expect(await t.store.countAccountTokens(alice.id, 'verify_email', at(0))).toBe(1);
      expect(await t.store.voidAccountTokens(alice.id, 'reset_password', at(200_000))).toBe(2);
      expect((await t.store.getAccountToken(a1.tokenHash))?.usedAt).toBe(at(200_000));
      expect((await t.store.getAccountToken(used.tokenHash))?.usedAt).toBe(at(130_000));
      expect((await t.store.getAccountToken(verify.tokenHash))?.usedAt).toBeNull();
      expect((await t.store.getAccountToken(bobs.tokenHash))?.usedAt).toBeNull();
    });

    it('ends every session of one user, and an erased account keeps no token', async () => {
      const { site, alice, bob } = await seed(t.store);
      const session = (userId: string, n: number) => ({
        tokenHash: `s-${userId}-${n}`, userId, kind: 'bearer' as const, csrfToken: null, signIn: `in-${n}`, createdAt: at(0), expiresAt: at(86_400_000),
      });
      for (const s of [session(alice.id, 1), session(alice.id, 2), session(bob.id, 3)]) await t.store.createSession(s);
      expect(await t.store.deleteUserSessions(alice.id)).toBe(2);
      expect(await t.store.getSession(`s-${alice.id}-1`)).toBeUndefined();
      expect(await t.store.getSession(`s-${bob.id}-3`)).toBeDefined();
      const tok = token(alice.id, site.id);
      await t.store.insertAccountToken(tok);
      await t.store.endAccountAccess(alice.id);
      expect(await t.store.getAccountToken(tok.tokenHash)).toBeUndefined();
    });
  });
}
