// Contract: staff accounts (a password reset ends every session of that user and no one else's) and the queue's search.
import { describe, expect, it } from 'vitest';
import { aComment, aStory, aUser, at, seed } from './fixtures';
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

  describe('queue search', () => {
    it('finds by text, author name and story title or URL, case-insensitively, wildcards literal, ANDed with filters', async () => {
      const { site, story, alice } = await seed(t.store);
      const meera = aUser(site.id, { displayName: 'Meera Kulkarni' });
      await t.store.createUser(meera);
      const budget = await t.store.createStory(aStory(site.id, { title: 'Union Budget 2027', url: 'https://news.example/economy/budget-2027' }));
      const c1 = aComment(story, alice.id, { body: 'The Metro fares are too high.', status: 'review' });
      const c2 = aComment(budget, meera.id, { body: 'Fares 100% up? Not in this budget.', status: 'review' });
      const c3 = aComment(budget, alice.id, { body: 'सड़क किराया बढ़ा', status: 'approved' });
      for (const c of [c1, c2, c3]) await t.store.insertComment(c);
      const ids = async (q: { text?: string; author?: string; story?: string; statuses?: ('review' | 'approved')[] }) =>
        (await t.store.listQueue({ siteId: site.id, limit: 10, ...q })).map((c) => c.id).sort();
      expect(await ids({ text: 'FARES' })).toEqual([c1.id, c2.id].sort());
      expect(await ids({ text: '100%' })).toEqual([c2.id]);
      expect(await ids({ text: '%' })).toEqual([c2.id]);
      expect(await ids({ text: 'किराया' })).toEqual([c3.id]);
      expect(await ids({ author: 'kulkarni' })).toEqual([c2.id]);
      expect(await ids({ story: 'budget 2027' })).toEqual([c2.id, c3.id].sort());
      expect(await ids({ story: 'economy/budget' })).toEqual([c2.id, c3.id].sort());
      expect(await ids({ story: 'budget', statuses: ['approved'] })).toEqual([c3.id]);
      expect(await ids({ story: 'budget', author: 'meera', text: 'fares' })).toEqual([c2.id]);
      expect(await ids({ author: 'nobody' })).toEqual([]);
      expect(await t.store.countQueue({ siteId: site.id, text: 'fares' })).toBe(2);
    });
  });
}
