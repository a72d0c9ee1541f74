// Contract: comments and revisions, reactions, reports, appeals, and the story version that moves with them.
import { describe, expect, it } from 'vitest';
import { StoreConflict } from '../../../src/store/store';
import { aComment, at, seed, uid, verdict } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function commentsContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('comments', () => {
    it('stores a comment with its verdict and revision 1, and counts replies on the parent', async () => {
      const { story, alice, bob } = await seed(t.store);
      const moderation = verdict({
        decision: 'review', labels: ['insult'], targets: ['individual'], scores: { insult: 0.81 }, lang: 'hinglish', rule: 'insult.review',
        spans: [{ start: 0, end: 5, label: 'insult', target: 'individual', source: 'lexicon' }],
      });
      const parent = aComment(story, alice.id, { body: 'पहली राय — first opinion', moderation, status: 'review' });
      await t.store.insertComment(parent);
      expect(await t.store.getComment(parent.id)).toEqual(parent);
      expect(await t.store.listRevisions(parent.id)).toEqual([{ commentId: parent.id, rev: 1, body: parent.body, at: parent.createdAt, moderation }]);
      const reply = aComment(story, bob.id, { parentId: parent.id, createdAt: at(10) });
      await t.store.insertComment(reply);
      await t.store.insertComment(aComment(story, alice.id, { parentId: reply.id, createdAt: at(20) }));
      expect((await t.store.getComment(parent.id))?.replyCount).toBe(1);
      expect((await t.store.getComment(reply.id))?.replyCount).toBe(1);
      expect(await t.store.getComment('missing')).toBeUndefined();
    });

    it('updates status, verdict, flags and body without touching revisions; keeps author revisions apart', async () => {
      const { story, alice } = await seed(t.store);
      const c = aComment(story, alice.id);
      await t.store.insertComment(c);
      const v2 = verdict({ decision: 'reject', labels: ['vulgar'], scores: { vulgar: 0.99 }, rule: 'vulgar.reject' });
      await t.store.updateComment(c.id, { status: 'rejected', moderation: v2, statusReason: 'vulgar: profanity', featured: true });
      expect(await t.store.getComment(c.id)).toEqual({ ...c, status: 'rejected', moderation: v2, statusReason: 'vulgar: profanity', featured: true });
      // The searchable verdict columns follow the new verdict.
      expect((await t.store.listQueue({ siteId: c.siteId, label: 'vulgar', statuses: ['rejected'], limit: 5 })).map((x) => x.id)).toEqual([c.id]);
      await t.store.addRevision({ commentId: c.id, rev: 2, body: 'edited text', at: at(60_000), moderation: v2 });
      await t.store.updateComment(c.id, { body: 'edited text', editedAt: at(60_000) });
      expect((await t.store.listRevisions(c.id)).map((r) => [r.rev, r.body])).toEqual([[1, c.body], [2, 'edited text']]);
      const dup = t.store.addRevision({ commentId: c.id, rev: 2, body: 'again', at: at(61_000), moderation: null });
      await expect(dup).rejects.toMatchObject({ name: 'StoreConflict', constraint: 'comment_revisions_pkey' });
      await expect(t.store.insertComment({ ...c })).rejects.toBeInstanceOf(StoreConflict);
    });

    it('keeps each revision\'s own verdict: an edit adds one and never overwrites the earlier', async () => {
      const { story, alice } = await seed(t.store);
      const v1 = verdict({ decision: 'review', labels: ['insult'], scores: { insult: 0.7 }, rule: 'insult.review' });
      const c = aComment(story, alice.id, { status: 'review', moderation: v1 });
      await t.store.insertComment(c);
      const v2 = verdict({ decision: 'approve', rule: 'clean', lang: 'hi' });
      await t.store.transaction(async (tx) => {
        await tx.addRevision({ commentId: c.id, rev: 2, body: 'a kinder text', at: at(30_000), moderation: v2 });
        await tx.updateComment(c.id, { body: 'a kinder text', editedAt: at(30_000), moderation: v2, status: 'approved' });
      });
      const revs = await t.store.listRevisions(c.id);
      expect(revs.map((r) => [r.rev, r.moderation])).toEqual([[1, v1], [2, v2]]);
      // The comment's current verdict is the latest revision's.
      expect((await t.store.getComment(c.id))?.moderation).toEqual(revs[revs.length - 1].moderation);
    });

    it("lists an author's comments newest first", async () => {
      const { story, alice, bob } = await seed(t.store);
      const ids = [];
      for (let i = 0; i < 4; i++) {
        const c = aComment(story, alice.id, { createdAt: at(i) });
        ids.push(c.id);
        await t.store.insertComment(c);
      }
      await t.store.insertComment(aComment(story, bob.id));
      expect((await t.store.listByAuthor(alice.id, 3)).map((c) => c.id)).toEqual(ids.reverse().slice(0, 3));
    });
  });

  describe('reactions and reports', () => {
    it('allows one reaction per user per comment and keeps the count', async () => {
      const { story, alice, bob } = await seed(t.store);
      const c = aComment(story, alice.id);
      await t.store.insertComment(c);
      expect(await t.store.addReaction(c.id, bob.id, at(1))).toBe(true);
      expect(await t.store.addReaction(c.id, bob.id, at(2))).toBe(false);
      expect(await t.store.addReaction(c.id, alice.id, at(3))).toBe(true);
      expect((await t.store.getComment(c.id))?.reactionCount).toBe(2);
      expect(await t.store.removeReaction(c.id, bob.id)).toBe(true);
      expect(await t.store.removeReaction(c.id, bob.id)).toBe(false);
      expect((await t.store.getComment(c.id))?.reactionCount).toBe(1);
    });

    it('keeps reports and counts them on the comment', async () => {
      const { story, alice, bob } = await seed(t.store);
      const c = aComment(story, alice.id);
      await t.store.insertComment(c);
      const r1 = { id: uid('r'), commentId: c.id, reporterId: bob.id, reason: 'insult' as const, note: 'rude', at: at(1) };
      const r2 = { id: uid('r'), commentId: c.id, reporterId: alice.id, reason: 'other' as const, note: '', at: at(2) };
      await t.store.addReport(r1);
      await t.store.addReport(r2);
      expect(await t.store.listReports(c.id)).toEqual([r1, r2]);
      expect((await t.store.getComment(c.id))?.reportCount).toBe(2);
    });

    it('keeps one report per reader per comment: a repeat returns false and changes nothing', async () => {
      const { story, alice, bob } = await seed(t.store);
      const c = aComment(story, alice.id);
      await t.store.insertComment(c);
      const first = { id: uid('r'), commentId: c.id, reporterId: bob.id, reason: 'insult' as const, note: 'rude', at: at(1) };
      expect(await t.store.addReport(first)).toBe(true);
      const version = await t.store.storyVersion(story.id);
      for (let i = 0; i < 5; i++) {
        expect(await t.store.addReport({ ...first, id: uid('r'), reason: 'vulgar', note: `again ${i}`, at: at(2 + i) })).toBe(false);
      }
      // Racing repeats (two tabs, a script) meet the unique index: still one row.
      const raced = await Promise.all([1, 2, 3].map((i) => t.store.addReport({ ...first, id: uid('r'), at: at(10 + i) })));
      expect(raced).toEqual([false, false, false]);
      expect(await t.store.listReports(c.id)).toEqual([first]);
      expect((await t.store.getComment(c.id))?.reportCount).toBe(1);
      expect(await t.store.storyVersion(story.id)).toBe(version);
      // The database itself refuses a second row, whatever the code path.
      const dup = `INSERT INTO reports (id, comment_id, reporter_id, reason, note, at) VALUES ('${uid('r')}', '${c.id}', '${bob.id}', 'other', '', '${at(99)}')`;
      await expect(t.h.raw(dup)).rejects.toThrow();
    });
  });

  describe('story version', () => {
    it('changes on every insert, update, reaction, report and story edit', async () => {
      const { story, alice, bob } = await seed(t.store);
      const seen = [await t.store.storyVersion(story.id)];
      const step = async (what: string, fn: () => Promise<unknown>) => {
        await fn();
        const v = await t.store.storyVersion(story.id);
        expect(seen, `version after ${what}`).not.toContain(v);
        seen.push(v);
      };
      const c = aComment(story, alice.id);
      await step('insert', () => t.store.insertComment(c));
      await step('reply', () => t.store.insertComment(aComment(story, bob.id, { parentId: c.id })));
      await step('update', () => t.store.updateComment(c.id, { status: 'removed' }));
      await step('reaction', () => t.store.addReaction(c.id, bob.id, at()));
      await step('unreaction', () => t.store.removeReaction(c.id, bob.id));
      await step('report', () => t.store.addReport({ id: uid('r'), commentId: c.id, reporterId: bob.id, reason: 'vulgar', note: '', at: at() }));
      await step('story edit', () => t.store.updateStory(story.id, { closed: true }));
      // A no-op (duplicate reaction) need not bump, and reads never do.
      await t.store.getComment(c.id);
      expect(await t.store.storyVersion(story.id)).toBe(seen[seen.length - 1]);
    });
  });

  describe('appeals', () => {
    it('allows one appeal per comment and records its outcome', async () => {
      const { site, story, alice, bob } = await seed(t.store);
      const c = aComment(story, alice.id, { status: 'rejected' });
      await t.store.insertComment(c);
      const appeal = { id: uid('a'), commentId: c.id, authorId: alice.id, note: 'Not an insult', status: 'pending' as const, at: at(1), decidedBy: null, decidedAt: null, outcomeNote: null };
      await t.store.createAppeal(appeal);
      expect(await t.store.getAppealByComment(c.id)).toEqual(appeal);
      const second = t.store.createAppeal({ ...appeal, id: uid('a') });
      await expect(second).rejects.toBeInstanceOf(StoreConflict);
      await expect(second).rejects.toMatchObject({ constraint: 'appeals_comment' });
      expect((await t.store.listAppeals(site.id, 'pending')).map((a) => a.id)).toEqual([appeal.id]);
      await t.store.updateAppeal(appeal.id, { status: 'restored', decidedBy: bob.id, decidedAt: at(2), outcomeNote: 'fair comment' });
      expect(await t.store.getAppealByComment(c.id)).toEqual({ ...appeal, status: 'restored', decidedBy: bob.id, decidedAt: at(2), outcomeNote: 'fair comment' });
      expect(await t.store.listAppeals(site.id, 'pending')).toEqual([]);
      expect((await t.store.listAppeals(site.id)).length).toBe(1);
      expect(await t.store.listAppeals('other-site')).toEqual([]);
    });
  });
}
