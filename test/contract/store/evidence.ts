// Contract: evidence records keep hashed items linked to the audit chain; holds, expiry listing and purge tombstones.
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, verifyChain } from '../../../src/compliance/audit';
import { preserveEvidence } from '../../../src/actions/preserveEvidence';
import { aComment, at, seed, uid, verdict } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

export function evidenceContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  async function removedReply() {
    const s = await seed(t.store);
    const parent = aComment(s.story, s.bob.id, { createdAt: at(1) });
    const sibling = aComment(s.story, s.bob.id, { parentId: parent.id, createdAt: at(2) });
    const c = aComment(s.story, s.alice.id, { parentId: parent.id, createdAt: at(3), body: 'पहला ड्राफ्ट' });
    for (const x of [parent, sibling, c]) await t.store.insertComment(x);
    await t.store.addRevision({ commentId: c.id, rev: 2, body: 'second draft', at: at(4), moderation: verdict({ decision: 'reject', labels: ['insult'], rule: 'insult-individual' }) });
    await t.store.updateComment(c.id, { body: 'second draft', status: 'rejected', statusReason: 'insult: named a person', moderation: verdict({ decision: 'reject', labels: ['insult'], rule: 'insult-individual' }) });
    await t.store.addReport({ id: uid('r'), commentId: c.id, reporterId: s.bob.id, reason: 'insult', note: 'about me', at: at(5) });
    await t.store.appendAudit({ at: at(6), actor: 'mod_1', action: 'comment.reject', targetType: 'comment', targetId: c.id, reason: 'insult', rule: 'insult-individual', data: { from: 'approved', to: 'rejected' } });
    return { ...s, parent, sibling, c };
  }

  describe('evidence', () => {
    it('preserves each item as canonical JSON with its SHA-256, and chains the hashes in an evidence.preserve entry', async () => {
      const { c, parent, sibling, alice, story } = await removedReply();
      const rec = await preserveEvidence({ store: t.store, now: () => new Date(at(7)), retentionDays: 180 },
        { commentId: c.id, reason: 'insult: named a person', trigger: 'staff', actor: 'mod_1' });
      expect(rec).toMatchObject({ commentId: c.id, trigger: 'staff', actor: 'mod_1', removedAt: at(7), hold: null, purgedAt: null });
      expect(Date.parse(rec.expiresAt) - Date.parse(rec.removedAt)).toBe(180 * 86_400_000);
      const items = await t.store.listEvidenceItems(rec.id);
      expect(items.map((i) => i.kind)).toEqual(['comment', 'revision.1', 'revision.2', 'metadata', 'thread', 'reports', 'history', 'decision']);
      for (const i of items) {
        expect(i.sha256).toBe(sha256Hex(i.content));
        expect(canonicalJson(JSON.parse(i.content))).toBe(i.content);
      }
      const get = (k: string) => JSON.parse(items.find((i) => i.kind === k)!.content);
      expect(get('comment')).toMatchObject({ id: c.id, body: 'second draft', status: 'rejected' });
      expect(get('revision.1')).toMatchObject({ rev: 1, body: 'पहला ड्राफ्ट' });
      expect(get('revision.2').moderation).toMatchObject({ decision: 'reject', labels: ['insult'] });
      expect(get('metadata')).toMatchObject({ authorId: alice.id, authorDisplayName: alice.displayName, story: { id: story.id, url: story.url } });
      expect(get('thread')).toMatchObject({ parent: { id: parent.id }, siblings: [{ id: sibling.id }] });
      expect(get('reports')).toMatchObject([{ reason: 'insult', note: 'about me' }]);
      expect(get('history').map((e: { action: string }) => e.action)).toEqual(['comment.reject']);
      expect(get('decision')).toMatchObject({ trigger: 'staff', actor: 'mod_1', rule: 'insult-individual', status: 'rejected' });

      const [entry] = await t.store.listAudit(rec.auditSeq, 1);
      expect(entry).toMatchObject({ action: 'evidence.preserve', targetId: c.id, actor: 'mod_1' });
      expect((entry.data as { items: unknown }).items).toEqual(items.map(({ idx, kind, sha256 }) => ({ idx, kind, sha256 })));
      expect(verifyChain(await t.store.listAudit(1, 100)).ok).toBe(true);
      expect(await t.store.getEvidence(rec.id)).toEqual(rec);
      expect(await t.store.listEvidence(c.id)).toEqual([rec]);
      expect((await t.store.listAuditByTarget('comment', c.id)).map((e) => e.action)).toEqual(['comment.reject', 'evidence.preserve']);
    });

    it('commits with the removal or not at all', async () => {
      const { c } = await removedReply();
      await expect(t.store.transaction(async (tx) => {
        await preserveEvidence({ store: tx }, { commentId: c.id, reason: 'x', trigger: 'order', actor: 'officer_1' });
        throw new Error('the removal failed');
      })).rejects.toThrow('the removal failed');
      expect(await t.store.listEvidence(c.id)).toEqual([]);
      expect((await t.store.listAuditByTarget('comment', c.id)).map((e) => e.action)).toEqual(['comment.reject']);
    });

    it('holds, lists expired records, and purges the items once while keeping the hashes', async () => {
      const { c } = await removedReply();
      const rec = await preserveEvidence({ store: t.store, now: () => new Date(at(0)), retentionDays: 1 },
        { commentId: c.id, reason: 'x', trigger: 'staff', actor: 'mod_1' });
      expect(await t.store.listExpiredEvidence(at(86_399_999), 10)).toEqual([]);
      expect((await t.store.listExpiredEvidence(at(86_400_000), 10)).map((r) => r.id)).toEqual([rec.id]);
      const hold = { reason: 'FIR 12/2026', by: 'officer_1', at: at(10), until: null };
      await t.store.setEvidenceHold(rec.id, hold);
      expect((await t.store.getEvidence(rec.id))!.hold).toEqual(hold);
      expect(await t.store.listExpiredEvidence(at(86_400_000), 10)).toEqual([]);
      // A hold with an end stops binding at that end.
      await t.store.setEvidenceHold(rec.id, { ...hold, until: at(2 * 86_400_000) });
      expect(await t.store.listExpiredEvidence(at(2 * 86_400_000 - 1), 10)).toEqual([]);
      expect((await t.store.listExpiredEvidence(at(2 * 86_400_000), 10)).map((r) => r.id)).toEqual([rec.id]);
      await t.store.setEvidenceHold(rec.id, null);
      expect((await t.store.getEvidence(rec.id))!.hold).toBeNull();
      expect(await t.store.purgeEvidence(rec.id, at(86_400_000), 99)).toBe(true);
      expect(await t.store.purgeEvidence(rec.id, at(86_400_001), 100)).toBe(false);
      expect(await t.store.listEvidenceItems(rec.id)).toEqual([]);
      expect(await t.store.getEvidence(rec.id)).toEqual({ ...rec, purgedAt: at(86_400_000), purgeSeq: 99 });
      expect(await t.store.listExpiredEvidence(at(10 * 86_400_000), 10)).toEqual([]);
    });
  });
}
