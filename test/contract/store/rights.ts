// Contract: readers' data rights — consent ledger, IP-hash salts, closed accounts, a reader's own records, audit queries.
import { describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../../src/domain/rights';
import { aComment, at, seed, uid } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function rightsContract(factory: HarnessFactory) {
  const t = freshStore(factory);
  const consent = (userId: string, siteId: string, over: Partial<ConsentRecord>): ConsentRecord => ({
    id: uid('consent'), userId, siteId, purpose: 'comment_policy', noticeVersion: 1, action: 'give', channel: 'widget', lang: 'en', at: at(0), ...over,
  });

  describe('consent ledger', () => {
    it('appends entries and lists one reader\'s, oldest first, with every field', async () => {
      const { site, alice, bob } = await seed(t.store);
      const give = consent(alice.id, site.id, { at: at(10), lang: 'hi' });
      const withdraw = consent(alice.id, site.id, { at: at(20), action: 'withdraw', noticeVersion: null, channel: 'api' });
      const other = consent(bob.id, site.id, { at: at(5), purpose: 'privacy_notice', channel: 'sso' });
      await t.store.addConsent(withdraw);
      await t.store.addConsent(give);
      await t.store.addConsent(other);
      expect(await t.store.listConsents(alice.id)).toEqual([give, withdraw]);
      expect(await t.store.listConsents(bob.id)).toEqual([other]);
    });
  });

  describe('IP salts', () => {
    it('keeps the first salt of an id (nodes agree), lists and drops them', async () => {
      const first = await t.store.ensureIpSalt({ id: '2026-01', salt: 'a'.repeat(64), createdAt: at(0) });
      const again = await t.store.ensureIpSalt({ id: '2026-01', salt: 'b'.repeat(64), createdAt: at(1) });
      expect(again).toEqual(first);
      await t.store.ensureIpSalt({ id: '2026-02', salt: 'c'.repeat(64), createdAt: at(2) });
      expect((await t.store.listIpSalts()).map((s) => s.id)).toEqual(['2026-01', '2026-02']);
      expect(await t.store.dropIpSalts(['2026-01'])).toBe(1);
      expect(await t.store.dropIpSalts([])).toBe(0);
      expect((await t.store.listIpSalts()).map((s) => s.id)).toEqual(['2026-02']);
    });
  });

  describe('closed accounts', () => {
    it('seals, then purges, and ends the account\'s sessions and linked SSO subjects', async () => {
      const { site, alice, bob } = await seed(t.store);
      const sealed = { email: 'alice@example.test', displayName: 'Alice', ssoSubject: null };
      await t.store.saveClosure({ userId: alice.id, closedAt: at(0), purgeAt: at(1000), sealed, purgedAt: null });
      expect(await t.store.getClosure(alice.id)).toEqual({ userId: alice.id, closedAt: at(0), purgeAt: at(1000), sealed, purgedAt: null });
      await t.store.saveClosure({ userId: alice.id, closedAt: at(0), purgeAt: at(1000), sealed: null, purgedAt: at(1000) });
      expect(await t.store.getClosure(alice.id)).toMatchObject({ sealed: null, purgedAt: at(1000) });
      expect(await t.store.getClosure(bob.id)).toBeUndefined();
      for (const [userId, tokenHash] of [[alice.id, 'ta'], [bob.id, 'tb']]) {
        await t.store.createSession({ tokenHash, userId, kind: 'bearer', csrfToken: null, signIn: null, createdAt: at(0), expiresAt: at(99_999) });
      }
      await t.store.linkSsoSubject(alice.id, site.id, 'iss|alice', at(0));
      await t.store.endAccountAccess(alice.id);
      expect(await t.store.getSession('ta')).toBeUndefined();
      expect(await t.store.getSession('tb')).toBeDefined();
      expect(await t.store.findUserBySso(site.id, 'iss|alice')).toBeUndefined();
    });
  });

  describe('a reader\'s own records', () => {
    it('lists acceptances, reactions, reports and appeals of one reader only', async () => {
      const { site, story, alice, bob } = await seed(t.store);
      const c = aComment(story, bob.id);
      await t.store.insertComment(c);
      const mine = aComment(story, alice.id, { status: 'rejected' });
      await t.store.insertComment(mine);
      await t.store.acceptPolicy({ userId: alice.id, siteId: site.id, version: 1, at: at(1), ipHash: '2026-01:x' });
      await t.store.addReaction(c.id, alice.id, at(2));
      await t.store.addReaction(mine.id, bob.id, at(2));
      await t.store.addReport({ id: uid('r'), commentId: c.id, reporterId: alice.id, reason: 'insult', note: 'n', at: at(3) });
      await t.store.createAppeal({ id: uid('a'), commentId: mine.id, authorId: alice.id, note: 'q', status: 'pending', at: at(4), decidedBy: null, decidedAt: null, outcomeNote: null });
      expect(await t.store.listAcceptances(alice.id)).toEqual([{ userId: alice.id, siteId: site.id, version: 1, at: at(1), ipHash: '2026-01:x' }]);
      expect(await t.store.listReactionsByUser(alice.id)).toEqual([{ commentId: c.id, at: at(2) }]);
      expect((await t.store.listReportsByUser(alice.id)).map((r) => r.commentId)).toEqual([c.id]);
      expect(await t.store.listReportsByUser(bob.id)).toEqual([]);
      expect((await t.store.listAppealsByAuthor(alice.id)).map((a) => a.commentId)).toEqual([mine.id]);
      expect(await t.store.listAppealsByAuthor(bob.id)).toEqual([]);
    });

    it('finds audit entries by target and by action codes within a time range', async () => {
      const e = (action: 'comment.reject' | 'comment.hide', targetId: string, ms: number) =>
        t.store.appendAudit({ at: at(ms), actor: 'system', action, targetType: 'comment', targetId, reason: null, rule: null, data: { label: 'insult' } });
      await e('comment.reject', 'c1', 0);
      await e('comment.hide', 'c2', 10);
      await e('comment.hide', 'c1', 20);
      expect((await t.store.listAuditFor('comment', 'c1')).map((x) => x.action)).toEqual(['comment.reject', 'comment.hide']);
      expect((await t.store.listAuditByActions(['comment.hide'], at(0), at(20))).map((x) => x.targetId)).toEqual(['c2']);
      expect(await t.store.listAuditByActions([], at(0), at(99))).toEqual([]);
    });
  });
}
