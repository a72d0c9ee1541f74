// Contract: thread pages (sorts, cursors, replies, visibility) and the moderation queue's filters and order.
import { describe, expect, it } from 'vitest';
import type { Comment, ThreadSort } from '../../../src/domain/types';
import type { Store, ThreadQuery } from '../../../src/store/store';
import { aComment, aStory, at, seed, uid, verdict } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

/** Pages through a whole thread, calling between() after each page; returns the top-level ids in order. */
async function readAll(store: Store, q: Omit<ThreadQuery, 'cursor'>, between: () => Promise<void> = async () => {}) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await store.listThread({ ...q, cursor });
    ids.push(...page.comments.filter((c) => c.parentId === null).map((c) => c.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
    await between();
  }
  throw new Error('pagination did not end');
}

const byKey = (sort: ThreadSort) => (a: Comment, b: Comment) => {
  const key = (c: Comment) => (sort === 'reactions' ? c.reactionCount : c.createdAt);
  const [ka, kb] = [key(a), key(b)];
  const cmp = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return sort === 'oldest' ? cmp : -cmp;
};

export function threadContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('threads', () => {
    it('pages every sort in order, without skipping or repeating, even with ties and inserts between pages', async () => {
      const { story, alice, bob } = await seed(t.store);
      const originals: Comment[] = [];
      for (let i = 0; i < 23; i++) {
        // Three comments share each timestamp, so the id tie-break is exercised.
        const c = aComment(story, alice.id, { createdAt: at(Math.floor(i / 3) * 1000) });
        await t.store.insertComment(c);
        if (i % 4 === 0) await t.store.addReaction(c.id, bob.id, at());
        if (i % 8 === 0) await t.store.addReaction(c.id, alice.id, at());
        originals.push((await t.store.getComment(c.id))!);
      }
      const q = (sort: ThreadSort) => ({ storyId: story.id, sort, limit: 4, statuses: ['approved' as const] });
      const expected = (sort: ThreadSort) => [...originals].sort(byKey(sort)).map((c) => c.id);
      for (const sort of ['newest', 'oldest', 'reactions'] as const) expect(await readAll(t.store, q(sort))).toEqual(expected(sort));
      let late = 100_000;
      const insertMore = async () => { await t.store.insertComment(aComment(story, bob.id, { createdAt: at(late++) })); };
      for (const sort of ['newest', 'oldest', 'reactions'] as const) {
        const seen = await readAll(t.store, q(sort), insertMore);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.filter((id) => originals.some((c) => c.id === id))).toEqual(expected(sort));
      }
    });

    it('returns each top-level comment followed by all its visible replies, oldest first', async () => {
      const { story, alice, bob } = await seed(t.store);
      const a = aComment(story, alice.id, { createdAt: at(1) });
      const b = aComment(story, bob.id, { createdAt: at(2) });
      await t.store.insertComment(a);
      await t.store.insertComment(b);
      const a1 = aComment(story, bob.id, { parentId: a.id, createdAt: at(10) });
      const a1x = aComment(story, alice.id, { parentId: a1.id, createdAt: at(11) });
      const a2 = aComment(story, bob.id, { parentId: a.id, createdAt: at(12), status: 'rejected' });
      const b1 = aComment(story, alice.id, { parentId: b.id, createdAt: at(13) });
      for (const c of [a1, a1x, a2, b1]) await t.store.insertComment(c);
      const page1 = await t.store.listThread({ storyId: story.id, sort: 'oldest', limit: 1, statuses: ['approved'] });
      expect(page1.comments.map((c) => c.id)).toEqual([a.id, a1.id, a1x.id]);
      const page2 = await t.store.listThread({ storyId: story.id, sort: 'oldest', limit: 1, statuses: ['approved'], cursor: page1.nextCursor! });
      expect(page2.comments.map((c) => c.id)).toEqual([b.id, b1.id]);
      expect(page2.nextCursor).toBeNull();
      expect(page1.comments[0].replyCount).toBe(2);
    });

    it('shows public statuses to everyone and any status to its own author', async () => {
      const { story, alice, bob } = await seed(t.store);
      const pub = aComment(story, alice.id, { createdAt: at(1) });
      const mine = aComment(story, bob.id, { status: 'withdrawn', createdAt: at(2) });
      const myReply = aComment(story, bob.id, { parentId: pub.id, status: 'review', createdAt: at(3) });
      const hidden = aComment(story, alice.id, { status: 'rejected', createdAt: at(4) });
      for (const c of [pub, mine, myReply, hidden]) await t.store.insertComment(c);
      const ids = async (viewerId?: string) => (await t.store.listThread({ storyId: story.id, sort: 'oldest', limit: 10, statuses: ['approved'], viewerId })).comments.map((c) => c.id);
      expect(await ids()).toEqual([pub.id]);
      expect(await ids(bob.id)).toEqual([pub.id, myReply.id, mine.id]);
      expect(await ids(alice.id)).toEqual([pub.id, hidden.id]);
      const none = await t.store.listThread({ storyId: story.id, sort: 'newest', limit: 10, statuses: [] });
      expect(none).toEqual({ comments: [], nextCursor: null });
    });

    it('refuses a cursor it did not issue for this sort with invalid_cursor', async () => {
      const { story, alice } = await seed(t.store);
      for (let i = 0; i < 3; i++) await t.store.insertComment(aComment(story, alice.id, { createdAt: at(i) }));
      const page = await t.store.listThread({ storyId: story.id, sort: 'newest', limit: 1, statuses: ['approved'] });
      expect(page.nextCursor).toEqual(expect.any(String));
      for (const [sort, cursor] of [['reactions', page.nextCursor!], ['newest', 'not-a-cursor'], ['oldest', Buffer.from('[1,2]').toString('base64url')]] as const) {
        await expect(t.store.listThread({ storyId: story.id, sort, limit: 1, statuses: ['approved'], cursor })).rejects.toMatchObject({ status: 400, code: 'invalid_cursor' });
      }
    });
  });

  describe('moderation queue', () => {
    it('filters and counts by status, reports, story, label, target, language and author; riskiest first, then oldest', async () => {
      const { site, story, alice, bob } = await seed(t.store);
      const story2 = await t.store.createStory(aStory(site.id));
      const mk = (over: Partial<Comment>) => aComment(story, alice.id, over);
      const low = mk({ status: 'review', createdAt: at(1), moderation: verdict({ decision: 'review', labels: ['vulgar'], scores: { vulgar: 0.3 }, lang: 'hi' }) });
      const high = mk({ status: 'review', createdAt: at(2), moderation: verdict({ decision: 'review', labels: ['insult', 'inflammatory'], targets: ['religion'], scores: { insult: 0.5, inflammatory: 0.95 }, lang: 'hinglish' }) });
      const highOlder = mk({ status: 'review', createdAt: at(0), storyId: story2.id, moderation: verdict({ decision: 'review', labels: ['defamation'], targets: ['individual'], scores: { defamation: 0.95 } }) });
      const rejected = aComment(story, bob.id, { status: 'rejected', createdAt: at(3), moderation: verdict({ decision: 'reject', labels: ['obscene'], scores: { obscene: 0.99 } }) });
      const clean = mk({ createdAt: at(4) });
      for (const c of [low, high, highOlder, rejected, clean]) await t.store.insertComment(c);
      await t.store.addReport({ id: uid('r'), commentId: clean.id, reporterId: bob.id, reason: 'insult', note: '', at: at(5) });

      const q = async (extra: Record<string, unknown>) => (await t.store.listQueue({ siteId: site.id, limit: 50, ...extra })).map((c) => c.id);
      expect(await q({})).toEqual([rejected.id, highOlder.id, high.id, low.id, clean.id]);
      expect(await q({ statuses: ['review'] })).toEqual([highOlder.id, high.id, low.id]);
      expect(await q({ statuses: ['review'], limit: 2, offset: 1 })).toEqual([high.id, low.id]);
      expect(await q({ reported: true })).toEqual([clean.id]);
      expect((await t.store.listQueue({ siteId: site.id, limit: 5, reported: true }))[0].reportCount).toBe(1);
      expect(await q({ storyId: story2.id })).toEqual([highOlder.id]);
      expect(await q({ label: 'inflammatory' })).toEqual([high.id]);
      expect(await q({ label: 'insult' })).toEqual([high.id]);
      expect(await q({ label: 'sult' })).toEqual([]);
      expect(await q({ target: 'individual' })).toEqual([highOlder.id]);
      expect(await q({ lang: 'hi' })).toEqual([low.id]);
      expect(await q({ authorId: bob.id })).toEqual([rejected.id]);
      expect(await q({ statuses: ['review'], label: 'vulgar', lang: 'hi', storyId: story.id })).toEqual([low.id]);
      expect(await q({ statuses: [] })).toEqual([]);
      expect(await t.store.countQueue({ siteId: site.id })).toBe(5);
      expect(await t.store.countQueue({ siteId: site.id, statuses: ['review'], label: 'vulgar' })).toBe(1);
      expect(await t.store.countQueue({ siteId: site.id, reported: true })).toBe(1);
      expect(await t.store.countQueue({ siteId: site.id, target: 'country' })).toBe(0);
      expect(await t.store.listQueue({ siteId: 'other', limit: 5 })).toEqual([]);

      // Reviewed reports leave the Reported queue; a new report brings the comment back.
      await t.store.markReportsReviewed(clean.id);
      expect(await q({ reported: true })).toEqual([]);
      expect(await t.store.countQueue({ siteId: site.id, reported: true })).toBe(0);
      await t.store.addReport({ id: uid('r'), commentId: clean.id, reporterId: alice.id, reason: 'vulgar', note: '', at: at(6) });
      expect(await q({ reported: true })).toEqual([clean.id]);
    });
  });
}
