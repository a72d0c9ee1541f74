// Contract: the dashboard's stories page (listStaffStories) and a story's own auto-close days.
import { describe, expect, it } from 'vitest';
import { aComment, aSite, aStory, at, seed } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function staffStoriesContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('stories page', () => {
    it('lists a site\'s stories newest first with approved and review counts, searches title or URL, and pages', async () => {
      const { site, story: first, alice, bob } = await seed(t.store);
      const budget = await t.store.createStory(aStory(site.id, { title: 'Budget 2026: what changes', url: 'https://news.example/economy/budget', createdAt: at(2000) }));
      const rain = await t.store.createStory(aStory(site.id, { title: 'Monsoon arrives early', url: 'https://news.example/weather/100%_rain', createdAt: at(1000) }));
      const other = aSite();
      await t.store.saveSite(other);
      await t.store.createStory(aStory(other.id, { title: 'Budget elsewhere' }));
      const statuses = ['approved', 'approved', 'review', 'rejected', 'removed'] as const;
      for (const [i, status] of statuses.entries()) await t.store.insertComment(aComment(budget, i % 2 ? alice.id : bob.id, { status, createdAt: at(3000 + i) }));
      const top = aComment(budget, alice.id, { createdAt: at(4000) });
      await t.store.insertComment(top);
      await t.store.insertComment({ ...aComment(budget, bob.id, { createdAt: at(4001) }), parentId: top.id });
      await t.store.insertComment(aComment(rain, alice.id, { status: 'review', createdAt: at(5000) }));

      const all = await t.store.listStaffStories({ siteId: site.id, limit: 10 });
      expect(all.total).toBe(3);
      expect(all.stories.map((r) => r.story.id)).toEqual([budget.id, rain.id, first.id]);
      expect(all.stories.map((r) => [r.approved, r.review])).toEqual([[4, 1], [0, 1], [0, 0]]);
      expect(all.stories[0]!.story).toEqual(budget);

      // Title or URL, case-insensitive; LIKE wildcards are literal.
      expect((await t.store.listStaffStories({ siteId: site.id, q: 'BUDGET', limit: 10 })).stories.map((r) => r.story.id)).toEqual([budget.id]);
      expect((await t.store.listStaffStories({ siteId: site.id, q: '/weather/', limit: 10 })).stories.map((r) => r.story.id)).toEqual([rain.id]);
      expect((await t.store.listStaffStories({ siteId: site.id, q: '100%_', limit: 10 })).stories.map((r) => r.story.id)).toEqual([rain.id]);
      expect(await t.store.listStaffStories({ siteId: site.id, q: '0%r', limit: 10 })).toEqual({ stories: [], total: 0 });

      const page = await t.store.listStaffStories({ siteId: site.id, limit: 2, offset: 2 });
      expect(page.total).toBe(3);
      expect(page.stories.map((r) => r.story.id)).toEqual([first.id]);
    });

    it('stores a story\'s own auto-close days and clears them back to the site default', async () => {
      const { story } = await seed(t.store);
      expect((await t.store.getStory(story.id))?.autoCloseDays ?? null).toBeNull();
      await t.store.updateStory(story.id, { autoCloseDays: 7 });
      expect(await t.store.getStory(story.id)).toEqual({ ...story, autoCloseDays: 7 });
      await t.store.updateStory(story.id, { autoCloseDays: 0 });
      expect((await t.store.getStory(story.id))?.autoCloseDays).toBe(0);
      await t.store.updateStory(story.id, { autoCloseDays: null });
      expect(await t.store.getStory(story.id)).toEqual(story);
    });
  });
}
