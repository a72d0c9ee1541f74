// Contract: what the reader widget reads beyond plain threads: the featured view.
import { describe, expect, it } from 'vitest';
import { aComment, at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function widgetuxContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('featured view', () => {
    it('lists only featured, visible comments (replies too), flat and paged', async () => {
      const { story, alice, bob } = await seed(t.store);
      const plain = aComment(story, alice.id, { createdAt: at(1) });
      const top = aComment(story, alice.id, { createdAt: at(2), featured: true });
      const reply = { ...aComment(story, bob.id, { createdAt: at(3), featured: true }), parentId: plain.id };
      const hidden = aComment(story, bob.id, { createdAt: at(4), featured: true, status: 'removed' });
      const top2 = aComment(story, bob.id, { createdAt: at(5) });
      for (const c of [plain, top, reply, hidden, top2]) await t.store.insertComment(c);
      await t.store.updateComment(top2.id, { featured: true });
      const q = { storyId: story.id, sort: 'newest' as const, limit: 2, statuses: ['approved' as const], featuredOnly: true };
      const first = await t.store.listThread(q);
      expect(first.comments.map((c) => c.id)).toEqual([top2.id, reply.id]);
      expect(first.comments.every((c) => c.featured)).toBe(true);
      const second = await t.store.listThread({ ...q, cursor: first.nextCursor! });
      expect(second.comments.map((c) => c.id)).toEqual([top.id]);
      expect(second.nextCursor).toBeNull();
      // The plain thread is unchanged: top-level comments each followed by their replies.
      const all = await t.store.listThread({ ...q, featuredOnly: undefined, limit: 10 });
      expect(all.comments.map((c) => c.id)).toEqual([top2.id, top.id, plain.id, reply.id]);
    });
  });
}
