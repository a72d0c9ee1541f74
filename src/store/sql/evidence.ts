// Evidence in portable SQL: records with their hashed items, legal holds, purge tombstones, and audit entries by target.
import type { EvidenceItem, EvidenceRecord, LegalHold } from '../../domain/evidence';
import type { AuditEntry, Comment, Id, Instant } from '../../domain/types';
import type { EvidenceThread } from '../store';
import type { Executor, Row } from './executor';
import * as rows from './rows';

const record = (r: Row): EvidenceRecord => ({
  id: r.id, siteId: r.site_id, commentId: r.comment_id, trigger: r.trigger_kind, reason: r.reason, actor: r.actor,
  removedAt: r.removed_at, expiresAt: r.expires_at, auditSeq: Number(r.audit_seq), items: JSON.parse(r.items),
  hold: r.hold_reason == null ? null : { reason: r.hold_reason, by: r.hold_by, at: r.hold_at, until: r.hold_until ?? null },
  purgedAt: r.purged_at ?? null, purgeSeq: r.purge_seq == null ? null : Number(r.purge_seq),
});

const item = (r: Row): EvidenceItem => ({ recordId: r.record_id, idx: Number(r.idx), kind: r.kind, content: r.content, sha256: r.sha256 });

export async function insertEvidence(exec: Executor, rec: EvidenceRecord, items: EvidenceItem[]): Promise<void> {
  await exec.run(
    `INSERT INTO evidence_records (id, site_id, comment_id, trigger_kind, reason, actor, removed_at, expires_at, audit_seq, items,
       hold_reason, hold_by, hold_at, hold_until, purged_at, purge_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [rec.id, rec.siteId, rec.commentId, rec.trigger, rec.reason, rec.actor, rec.removedAt, rec.expiresAt, rec.auditSeq,
      JSON.stringify(rec.items), rec.hold?.reason ?? null, rec.hold?.by ?? null, rec.hold?.at ?? null, rec.hold?.until ?? null,
      rec.purgedAt, rec.purgeSeq],
  );
  for (const i of items) {
    await exec.run('INSERT INTO evidence_items (record_id, idx, kind, content, sha256) VALUES (?, ?, ?, ?, ?)',
      [rec.id, i.idx, i.kind, i.content, i.sha256]);
  }
}

export async function getEvidence(exec: Executor, id: Id, lock = ''): Promise<EvidenceRecord | undefined> {
  const r = await exec.get(`SELECT * FROM evidence_records WHERE id = ?${lock}`, [id]);
  return r && record(r);
}

export async function listEvidence(exec: Executor, commentId: Id): Promise<EvidenceRecord[]> {
  return (await exec.all('SELECT * FROM evidence_records WHERE comment_id = ? ORDER BY removed_at, id', [commentId])).map(record);
}

export async function listEvidenceItems(exec: Executor, recordId: Id): Promise<EvidenceItem[]> {
  return (await exec.all('SELECT * FROM evidence_items WHERE record_id = ? ORDER BY idx', [recordId])).map(item);
}

export async function setEvidenceHold(exec: Executor, id: Id, hold: LegalHold | null): Promise<void> {
  await exec.run('UPDATE evidence_records SET hold_reason = ?, hold_by = ?, hold_at = ?, hold_until = ? WHERE id = ?',
    [hold?.reason ?? null, hold?.by ?? null, hold?.at ?? null, hold?.until ?? null, id]);
}

export async function listExpiredEvidence(exec: Executor, now: Instant, limit: number): Promise<EvidenceRecord[]> {
  // A held record is skipped here (not just by the rule), so held records never fill the page and starve the rest.
  return (await exec.all(
    `SELECT * FROM evidence_records WHERE purged_at IS NULL AND expires_at <= ?
     AND (hold_reason IS NULL OR (hold_until IS NOT NULL AND hold_until <= ?)) ORDER BY expires_at, id LIMIT ?`,
    [now, now, limit])).map(record);
}

/** Deletes the items and stamps the tombstone; false when it was already purged (a second sweep does nothing). */
export async function purgeEvidence(exec: Executor, id: Id, at: Instant, purgeSeq: number): Promise<boolean> {
  const n = await exec.run('UPDATE evidence_records SET purged_at = ?, purge_seq = ? WHERE id = ? AND purged_at IS NULL', [at, purgeSeq, id]);
  if (n !== 1) return false;
  await exec.run('DELETE FROM evidence_items WHERE record_id = ?', [id]);
  return true;
}

/** The parent and the siblings (same parent, same story) of a comment, oldest first, at most `limit` siblings. */
export async function evidenceThread(exec: Executor, c: Pick<Comment, 'id' | 'storyId' | 'parentId'>, limit: number): Promise<EvidenceThread> {
  const parent = c.parentId ? await exec.get('SELECT * FROM comments WHERE id = ?', [c.parentId]) : undefined;
  const siblings = c.parentId
    ? await exec.all('SELECT * FROM comments WHERE parent_id = ? AND id <> ? ORDER BY created_at, id LIMIT ?', [c.parentId, c.id, limit])
    : await exec.all('SELECT * FROM comments WHERE story_id = ? AND parent_id IS NULL AND id <> ? ORDER BY created_at, id LIMIT ?', [c.storyId, c.id, limit]);
  return { parent: parent ? rows.comment(parent) : null, siblings: siblings.map(rows.comment) };
}

export async function listAuditByTarget(exec: Executor, targetType: string, targetId: string): Promise<AuditEntry[]> {
  return (await exec.all('SELECT * FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY seq', [targetType, targetId])).map(rows.audit);
}
