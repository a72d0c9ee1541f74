// Sets or releases a legal hold on an evidence record: while it binds, the purge job keeps the record (audited).
import { AppError } from '../domain/errors';
import type { EvidenceRecord, LegalHold } from '../domain/evidence';
import { authorize, nowIso, type StaffActor } from './staffDeps';
import type { Store } from '../store/store';

export interface HoldDeps { store: Store; now?: () => Date }

async function lockedRecord(tx: Store, actor: StaffActor, id: string): Promise<EvidenceRecord> {
  const r = await tx.getEvidence(id);
  // Another site's record is "not found", as for comments.
  if (!r || r.siteId !== actor.siteId) throw new AppError(404, 'not_found', 'Evidence record not found.');
  authorize(actor, 'evidence.hold', r.siteId);
  if (r.purgedAt) throw new AppError(409, 'evidence_purged', 'This record was purged; only its tombstone remains.');
  return r;
}

export async function holdEvidence(
  deps: HoldDeps, input: { actor: StaffActor; recordId: string; reason: string; until?: string | null },
): Promise<EvidenceRecord> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError(400, 'reason_required', 'A legal hold needs a reason (the order, case or request it serves).');
  const at = nowIso(deps);
  const until = input.until ? new Date(input.until) : null;
  if (until && (Number.isNaN(until.getTime()) || until.getTime() <= Date.parse(at))) {
    throw new AppError(400, 'invalid_until', 'until must be a time in the future (ISO 8601).');
  }
  return deps.store.transaction(async (tx) => {
    const r = await lockedRecord(tx, input.actor, input.recordId);
    const hold: LegalHold = { reason, by: input.actor.id, at, until: until?.toISOString() ?? null };
    await tx.setEvidenceHold(r.id, hold);
    await tx.appendAudit({
      at, actor: input.actor.id, action: 'evidence.hold', targetType: 'evidence', targetId: r.id, reason, rule: null,
      data: { commentId: r.commentId, before: r.hold, after: hold },
    });
    return { ...r, hold };
  });
}

export async function releaseEvidenceHold(deps: HoldDeps, input: { actor: StaffActor; recordId: string; note?: string }): Promise<EvidenceRecord> {
  const at = nowIso(deps);
  return deps.store.transaction(async (tx) => {
    const r = await lockedRecord(tx, input.actor, input.recordId);
    if (!r.hold) throw new AppError(409, 'not_held', 'This record has no legal hold.');
    await tx.setEvidenceHold(r.id, null);
    await tx.appendAudit({
      at, actor: input.actor.id, action: 'evidence.release', targetType: 'evidence', targetId: r.id, reason: input.note?.trim() || null, rule: null,
      data: { commentId: r.commentId, before: r.hold, after: null },
    });
    return { ...r, hold: null };
  });
}
