// Reads preserved evidence for staff: every read writes an evidence.read audit entry before anything is returned.
import { AppError } from '../domain/errors';
import type { EvidenceItem, EvidenceRecord } from '../domain/evidence';
import type { Store } from '../store/store';
import { authorize, nowIso, type StaffActor } from './staffDeps';

export interface ReadEvidenceDeps { store: Store; now?: () => Date }

/** The records of one comment (oldest removal first), with the seq of the read's own audit entry. */
export async function listEvidenceOf(deps: ReadEvidenceDeps, input: { actor: StaffActor; commentId: string }): Promise<{ records: EvidenceRecord[]; readSeq: number }> {
  authorize(input.actor, 'evidence.read', input.actor.siteId);
  // Another site's records do not exist for this actor.
  const records = (await deps.store.listEvidence(input.commentId)).filter((r) => r.siteId === input.actor.siteId);
  const entry = await deps.store.appendAudit({
    at: nowIso(deps), actor: input.actor.id, action: 'evidence.read', targetType: 'comment', targetId: input.commentId,
    reason: null, rule: null, data: { records: records.map((r) => r.id) },
  });
  return { records, readSeq: entry.seq };
}

/** One record with its items. */
export async function readEvidenceRecord(
  deps: ReadEvidenceDeps, input: { actor: StaffActor; recordId: string },
): Promise<{ record: EvidenceRecord; items: EvidenceItem[]; readSeq: number }> {
  authorize(input.actor, 'evidence.read', input.actor.siteId);
  const record = await deps.store.getEvidence(input.recordId);
  if (!record || record.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Evidence record not found.');
  const items = await deps.store.listEvidenceItems(record.id);
  const entry = await deps.store.appendAudit({
    at: nowIso(deps), actor: input.actor.id, action: 'evidence.read', targetType: 'evidence', targetId: record.id,
    reason: null, rule: null, data: { commentId: record.commentId, items: items.map((i) => i.sha256) },
  });
  return { record, items, readSeq: entry.seq };
}
