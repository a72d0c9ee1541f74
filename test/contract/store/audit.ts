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

    it('keeps each entry\'s data and undo link as canonical JSON inside the hashed record (v2)', async () => {
      const data = { before: { status: 'review', statusReason: null, featured: false }, after: { status: 'rejected' }, note: undefined, n: [1, 'दो'] };
      const e = await t.store.appendAudit(draft(1, { action: 'comment.reject', data }));
      expect(e).toMatchObject({ v: 2, undoes: null, data: { before: { status: 'review', statusReason: null, featured: false }, after: { status: 'rejected' }, n: [1, 'दो'] } });
      expect(e.dataHash).toBe(sha256Hex(canonicalJson(data)));
      const u = await t.store.appendAudit(draft(2, { action: 'comment.reject.undo', undoes: 1, data: { restored: 'review' } }));
      expect(u.undoes).toBe(1);
      expect(await t.store.listAudit(1, 10)).toEqual([e, u]);
      expect(verifyChain([e, u]).ok).toBe(true);
      // The data and the link are hashed: changing either behind the store's back breaks the chain there.
      await t.h.raw(`DROP TRIGGER audit_log_no_update${t.h.engine === 'postgres' ? ' ON audit_log' : ''}`);
      await t.h.raw('UPDATE audit_log SET undoes = NULL WHERE seq = 2');
      expect(verifyChain(await t.store.listAudit(1, 10))).toMatchObject({ ok: false, brokenSeq: 2, problem: 'hash does not match the entry contents' });
      await t.h.raw(`UPDATE audit_log SET data = '{"after":{"status":"approved"}}' WHERE seq = 1`);
      expect(verifyChain(await t.store.listAudit(1, 10))).toMatchObject({ ok: false, brokenSeq: 1 });
    });

    it('keeps old (v1, data-hash-only) entries verifying next to new ones', async () => {
      const old = {
        seq: 1, at: at(1), actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: 'c1', reason: 'approve', rule: 'clean',
        v: 1 as const, data: null, undoes: null, dataHash: sha256Hex(canonicalJson({ i: 1 })),
      };
      const hash = entryHash(GENESIS_HASH, old);
      await t.h.raw(`INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, reason, rule, data_hash, prev_hash, hash)
        VALUES (1, '${old.at}', 'system', 'comment.verdict', 'comment', 'c1', 'approve', 'clean', '${old.dataHash}', '${GENESIS_HASH}', '${hash}')`);
      const next = await t.store.appendAudit(draft(2));
      const log = await t.store.listAudit(1, 10);
      expect(log[0]).toEqual({ ...old, prevHash: GENESIS_HASH, hash });
      expect(next.prevHash).toBe(hash);
      expect(verifyChain(log)).toEqual({ ok: true, count: 2 });
    });

    it('refuses an insert that would replace history or not follow the head (INSERT OR REPLACE, upsert, gaps, forged links)', async () => {
      for (let i = 1; i <= 3; i++) await t.store.appendAudit(draft(i));
      const [, second, third] = await t.store.listAudit(1, 10);
      const cols = 'seq, at, actor, action, target_type, target_id, reason, rule, data_hash, prev_hash, hash';
      const row = (seq: number, prev: string) => `(${seq}, '${at(seq)}', 'mallory', 'comment.verdict', 'comment', 'cX', 'approve', 'clean', 'd', '${prev}', 'h${seq}')`;
      const attempts = t.h.engine === 'sqlite'
        ? [`INSERT OR REPLACE INTO audit_log (${cols}) VALUES ${row(2, second.prevHash)}`, `REPLACE INTO audit_log (${cols}) VALUES ${row(3, third.prevHash)}`,
          `INSERT INTO audit_log (${cols}) VALUES ${row(2, second.prevHash)} ON CONFLICT (seq) DO UPDATE SET actor = 'mallory'`]
        : [`INSERT INTO audit_log (${cols}) VALUES ${row(2, second.prevHash)} ON CONFLICT (seq) DO UPDATE SET actor = 'mallory'`];
      attempts.push(`INSERT INTO audit_log (${cols}) VALUES ${row(9, third.hash)}`, `INSERT INTO audit_log (${cols}) VALUES ${row(4, 'forged')}`);
      for (const sql of attempts) await expect(t.h.raw(sql), sql).rejects.toThrow(/append-only/);
      if (t.h.engine === 'postgres') {
        // Even without the insert trigger, the upsert's UPDATE is refused by the UPDATE trigger.
        await t.h.raw('DROP TRIGGER audit_log_append_at_head ON audit_log');
        await expect(t.h.raw(attempts[0])).rejects.toThrow(/append-only/);
      }
      const log = await t.store.listAudit(1, 10);
      expect(log.map((e) => [e.seq, e.actor])).toEqual([[1, 'system'], [2, 'system'], [3, 'system']]);
      expect(verifyChain(log).ok).toBe(true);
      expect((await t.store.appendAudit(draft(4))).seq).toBe(4);
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

