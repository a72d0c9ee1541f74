// Contract: the audit log is a verifiable hash chain, appends never fork it, and the database refuses edits.
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, entryHash, sha256Hex, verifyChain } from '../../../src/compliance/audit';
import type { AuditDraft } from '../../../src/domain/types';
import { at } from './fixtures';
import { freshStore, type HarnessFactory } from './harness';

const draft = (i: number, over: Partial<AuditDraft> = {}): AuditDraft => ({
  at: at(i), actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: `c${i}`, reason: null, rule: 'clean', ...over,
});

export function auditContract(factory: HarnessFactory) {
  const t = freshStore(factory);

  describe('audit log', () => {
    it('chains entries from the genesis hash and hashes the data canonically', async () => {
      const data = { verdict: { labels: ['insult'], decision: 'reject' }, note: 'टिप्पणी' };
      expect(await t.store.lastAudit()).toBeUndefined();
      const first = await t.store.appendAudit(draft(1, { actor: 'user_1', action: 'comment.reject', reason: 'insult', data }));
      expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, actor: 'user_1', reason: 'insult', rule: 'clean' });
      expect(first.dataHash).toBe(sha256Hex(canonicalJson({ note: 'टिप्पणी', verdict: { decision: 'reject', labels: ['insult'] } })));
      expect(first.hash).toBe(entryHash(GENESIS_HASH, first));
      const second = await t.store.appendAudit(draft(2));
      expect(second.prevHash).toBe(first.hash);
      expect(second.dataHash).toBe(sha256Hex('null'));
      expect(await t.store.listAudit(1, 10)).toEqual([first, second]);
      expect(await t.store.lastAudit()).toEqual(second);
      expect(await t.store.listAudit(2, 10)).toEqual([second]);
      expect(await t.store.listAudit(1, 1)).toEqual([first]);
    });

    it('keeps one linear chain under concurrent appends', async () => {
      await Promise.all(Array.from({ length: 40 }, (_, i) => t.store.appendAudit(draft(i, { data: { i } }))));
      const log = await t.store.listAudit(1, 100);
      expect(log.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(verifyChain(log)).toEqual({ ok: true, count: 40 });
    });

    it('refuses UPDATE, DELETE and (on PostgreSQL) TRUNCATE in the database itself', async () => {
      await t.store.appendAudit(draft(1));
      await t.store.appendAudit(draft(2));
      await expect(t.h.raw("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")).rejects.toThrow(/append-only/);
      await expect(t.h.raw('DELETE FROM audit_log WHERE seq = 2')).rejects.toThrow(/append-only/);
      if (t.h.engine === 'postgres') await expect(t.h.raw('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      const log = await t.store.listAudit(1, 10);
      expect(log.map((e) => [e.seq, e.actor])).toEqual([[1, 'system'], [2, 'system']]);
      expect(verifyChain(log).ok).toBe(true);
    });

    it('lets verification find a row edited with the trigger dropped', async () => {
      for (let i = 1; i <= 3; i++) await t.store.appendAudit(draft(i));
      await t.h.raw(`DROP TRIGGER audit_log_no_update${t.h.engine === 'postgres' ? ' ON audit_log' : ''}`);
      await t.h.raw("UPDATE audit_log SET reason = 'edited' WHERE seq = 2");
      const check = verifyChain(await t.store.listAudit(1, 10));
      expect(check).toMatchObject({ ok: false, brokenSeq: 2 });
    });
  });
}

