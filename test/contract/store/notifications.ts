// Contract: readers' notification prefs, threshold alerts that fire once per crossing, the queue's oldest item, sign-out everywhere.
import { describe, expect, it } from 'vitest';
import { aComment, at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function notificationsContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('notification prefs', () => {
    it('stores, replaces and reads back a reader\'s choices', async () => {
      const { alice, bob } = await seed(t.store);
      expect(await t.store.getNotificationPrefs(alice.id)).toBeUndefined();
      await t.store.saveNotificationPrefs({ userId: alice.id, replies: true, decisions: false, lang: 'hi', updatedAt: at(1) });
      expect(await t.store.getNotificationPrefs(alice.id)).toEqual({ userId: alice.id, replies: true, decisions: false, lang: 'hi', updatedAt: at(1) });
      await t.store.saveNotificationPrefs({ userId: alice.id, replies: false, decisions: true, lang: 'en', updatedAt: at(2) });
      expect(await t.store.getNotificationPrefs(alice.id)).toEqual({ userId: alice.id, replies: false, decisions: true, lang: 'en', updatedAt: at(2) });
      expect(await t.store.getNotificationPrefs(bob.id)).toBeUndefined();
    });
  });

  describe('threshold alerts', () => {
    it('fires once until re-armed, per site and name, also inside a transaction', async () => {
      const { site } = await seed(t.store);
      expect(await t.store.armAlert(site.id, 'queue')).toBe(false);
      expect(await t.store.fireAlert(site.id, 'queue', at(1))).toBe(true);
      expect(await t.store.transaction((tx) => tx.fireAlert(site.id, 'queue', at(2)))).toBe(false);
      expect(await t.store.fireAlert(site.id, 'other', at(2))).toBe(true);
      expect(await t.store.fireAlert('another-site', 'queue', at(2))).toBe(true);
      expect(await t.store.armAlert(site.id, 'queue')).toBe(true);
      expect(await t.store.armAlert(site.id, 'queue')).toBe(false);
      expect(await t.store.fireAlert(site.id, 'queue', at(3))).toBe(true);
    });
  });

  describe('review queue and sessions', () => {
    it('finds the oldest comment held for review', async () => {
      const { site, story, alice } = await seed(t.store);
      expect(await t.store.oldestInQueue(site.id)).toBeUndefined();
      const old = aComment(story, alice.id, { status: 'approved', createdAt: at(1) });
      const held2 = aComment(story, alice.id, { status: 'review', createdAt: at(3) });
      const held1 = aComment(story, alice.id, { status: 'review', createdAt: at(2) });
      for (const c of [old, held2, held1]) await t.store.insertComment(c);
      expect((await t.store.oldestInQueue(site.id))?.id).toBe(held1.id);
      expect(await t.store.oldestInQueue('another-site')).toBeUndefined();
    });

    it('ends every session of one user and no other', async () => {
      const { alice, bob } = await seed(t.store);
      const s = (tokenHash: string, userId: string) => ({ tokenHash, userId, kind: 'bearer' as const, csrfToken: null, signIn: tokenHash, createdAt: at(0), expiresAt: at(99_999) });
      await t.store.createSession(s('a'.repeat(64), alice.id));
      await t.store.createSession(s('b'.repeat(64), alice.id));
      await t.store.createSession(s('c'.repeat(64), bob.id));
      expect(await t.store.deleteUserSessions(alice.id)).toBe(2);
      expect(await t.store.getSession('a'.repeat(64))).toBeUndefined();
      expect(await t.store.getSession('b'.repeat(64))).toBeUndefined();
      expect((await t.store.getSession('c'.repeat(64)))?.userId).toBe(bob.id);
      expect(await t.store.deleteUserSessions(alice.id)).toBe(0);
    });
  });
}
