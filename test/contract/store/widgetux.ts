// Contract: what the reader widget reads beyond plain threads: the featured view, and the policy per language.
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

  describe('policy texts per language', () => {
    it('keeps a text per (version, language), replaces a corrected one, and lists a version\'s languages', async () => {
      const { site } = await seed(t.store);
      await t.store.addPolicyVersion({ siteId: site.id, version: 1, text: 'English v1', createdAt: at() });
      await t.store.addPolicyVersion({ siteId: site.id, version: 2, text: 'English v2', createdAt: at(1) });
      expect(await t.store.getPolicyText(site.id, 1, 'hi')).toBeUndefined();
      await t.store.putPolicyText({ siteId: site.id, version: 1, lang: 'hi', text: 'हिन्दी १', createdAt: at(2) });
      await t.store.putPolicyText({ siteId: site.id, version: 1, lang: 'hi', text: 'हिन्दी १ (सुधार)', createdAt: at(3) });
      await t.store.putPolicyText({ siteId: site.id, version: 1, lang: 'bn', text: 'বাংলা ১', createdAt: at(3) });
      await t.store.putPolicyText({ siteId: site.id, version: 2, lang: 'hi', text: 'हिन्दी २', createdAt: at(4) });
      expect(await t.store.getPolicyText(site.id, 1, 'hi')).toEqual({ siteId: site.id, version: 1, lang: 'hi', text: 'हिन्दी १ (सुधार)', createdAt: at(3) });
      expect((await t.store.getPolicyText(site.id, 2, 'hi'))?.text).toBe('हिन्दी २');
      expect((await t.store.listPolicyTexts(site.id, 1)).map((x) => [x.lang, x.text])).toEqual([['bn', 'বাংলা ১'], ['hi', 'हिन्दी १ (सुधार)']]);
      expect(await t.store.listPolicyTexts(site.id, 3)).toEqual([]);
    });
  });
}
