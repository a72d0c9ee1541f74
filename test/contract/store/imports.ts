// Contract: import records (unique per source and original id, claims) and the export's keyset pages.
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../src/domain/imports';
import { aComment, aStory, at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function importsContract(factory: HarnessFactory) {
  const t = freshStore(factory);
  const rec = (siteId: string, over: Partial<ImportRecord> = {}): ImportRecord => ({
    siteId, source: 'disqus', kind: 'comment', originalId: '101', localId: 'local-1', originalStatus: 'spam', email: null,
    claimedBy: null, createdAt: at(), ...over,
  });

  describe('import records', () => {
    it('keeps (site, source, kind, original id) unique: a second add changes nothing', async () => {
      const { site } = await seed(t.store);
      expect(await t.store.addImportRecord(rec(site.id))).toBe(true);
      expect(await t.store.addImportRecord(rec(site.id, { localId: 'local-2' }))).toBe(false);
      expect(await t.store.getImportRecord(site.id, 'disqus', 'comment', '101')).toEqual(rec(site.id));
      // The same original id from another source or of another kind is another thing.
      expect(await t.store.addImportRecord(rec(site.id, { source: 'wordpress', localId: 'local-3' }))).toBe(true);
      expect(await t.store.addImportRecord(rec(site.id, { kind: 'author', localId: 'local-4' }))).toBe(true);
      expect((await t.store.findImportByLocal('comment', 'local-3'))?.source).toBe('wordpress');
      expect(await t.store.getImportRecord(site.id, 'isso', 'comment', '101')).toBeUndefined();
    });

    it('finds the oldest unclaimed author by email and claims it once', async () => {
      const { site, alice } = await seed(t.store);
      await t.store.addImportRecord(rec(site.id, { kind: 'author', originalId: 'a2', localId: 'u2', email: 'x@y.in', createdAt: at(5) }));
      await t.store.addImportRecord(rec(site.id, { kind: 'author', originalId: 'a1', localId: 'u1', email: 'x@y.in', createdAt: at(1) }));
      expect((await t.store.findUnclaimedAuthor(site.id, 'x@y.in'))?.localId).toBe('u1');
      expect(await t.store.claimImportedAuthor('u1', alice.id)).toBe(true);
      expect(await t.store.claimImportedAuthor('u1', 'someone-else')).toBe(false);
      expect((await t.store.getImportRecord(site.id, 'disqus', 'author', 'a1'))?.claimedBy).toBe(alice.id);
      expect((await t.store.findUnclaimedAuthor(site.id, 'x@y.in'))?.localId).toBe('u2');
      expect(await t.store.findUnclaimedAuthor(site.id, 'nobody@y.in')).toBeUndefined();
    });
  });

  describe('export pages', () => {
    it('pages stories and every comment of a story by (created_at, id), whatever the status', async () => {
      const { site, story, alice } = await seed(t.store);
      const later = await t.store.createStory(aStory(site.id, { createdAt: at(10) }));
      const stories = await t.store.listStoriesPage(site.id, null, 1);
      expect(stories.map((s) => s.id)).toEqual([story.id]);
      expect((await t.store.listStoriesPage(site.id, stories[0], 5)).map((s) => s.id)).toEqual([later.id]);
      const c1 = aComment(story, alice.id, { createdAt: at(1) });
      const c2 = aComment(story, alice.id, { createdAt: at(2), status: 'removed', parentId: c1.id });
      const c3 = aComment(story, alice.id, { createdAt: at(3), status: 'rejected' });
      for (const c of [c1, c2, c3]) await t.store.insertComment(c);
      const first = await t.store.listStoryCommentsPage(story.id, null, 2);
      expect(first.map((c) => c.id)).toEqual([c1.id, c2.id]);
      const rest = await t.store.listStoryCommentsPage(story.id, first[1], 2);
      expect(rest.map((c) => [c.id, c.status])).toEqual([[c3.id, 'rejected']]);
      expect(await t.store.listStoryCommentsPage(later.id, null, 5)).toEqual([]);
    });
  });
}
