// Staff decide an appeal: restore the comment (a recorded restore) or uphold the decision; the author sees the outcome.
import type { Appeal, Comment } from '../domain/types';
import { AppError } from '../domain/errors';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';
import { preserveEvidence } from './preserveEvidence';
import { notifyAppeal } from './notify';
import { siteNotificationSettings } from './notificationPrefs';

export type AppealOutcome = 'restored' | 'upheld';

export async function decideAppeal(
  deps: StaffDeps,
  input: { actor: StaffActor; commentId: string; outcome: AppealOutcome; note?: string },
): Promise<{ appeal: Appeal; comment: Comment }> {
  if (input.outcome !== 'restored' && input.outcome !== 'upheld') throw new AppError(400, 'validation_failed', 'outcome must be restored or upheld.');
  const settings = deps.notify ? await siteNotificationSettings(deps.store, input.actor.siteId) : null;
  const result = await deps.store.transaction(async (tx) => {
    // The comment first: reading it locks it (PostgreSQL), so a second decision waits here and then sees this one's.
    const c = await tx.getComment(input.commentId);
    const appeal = c ? await tx.getAppealByComment(c.id) : undefined;
    if (!appeal || !c || c.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Appeal not found.');
    authorize(input.actor, 'appeal.decide', c.siteId);
    if (appeal.status !== 'pending') throw new AppError(409, 'appeal_decided', 'This appeal has already been decided.');
    const at = nowIso(deps);
    const patch = { status: input.outcome, decidedBy: input.actor.id, decidedAt: at, outcomeNote: input.note?.trim() || null } as const;
    await tx.updateAppeal(appeal.id, patch);
    let comment = c;
    const category = c.statusReason?.split(': ')[0] ?? null;
    await tx.appendAudit({
      at, actor: input.actor.id, action: `appeal.${input.outcome === 'restored' ? 'restore' : 'uphold'}`,
      targetType: 'comment', targetId: c.id, reason: category, rule: c.moderation?.rule ?? null,
      data: { appealId: appeal.id, note: patch.outcomeNote },
    });
    // Upholding confirms the removal: the record now includes the appeal and its decision.
    if (input.outcome === 'upheld') {
      await preserveEvidence({ store: tx, now: deps.now, retentionDays: deps.evidenceRetentionDays }, {
        commentId: c.id, reason: `appeal upheld${patch.outcomeNote ? `: ${patch.outcomeNote}` : ''}`, trigger: 'appeal', actor: input.actor.id,
      });
    }
    if (input.outcome === 'restored' && c.status !== 'approved') {
      await tx.updateComment(c.id, { status: 'approved', statusReason: null });
      comment = { ...c, status: 'approved', statusReason: null };
      await tx.appendAudit({
        at, actor: input.actor.id, action: 'comment.restore', targetType: 'comment', targetId: c.id,
        reason: 'appeal', rule: c.moderation?.rule ?? null,
        // The recorded states are what an undo of this restore puts back (see undoAction).
        data: {
          from: c.status, to: 'approved', appealId: appeal.id,
          before: { status: c.status, statusReason: c.statusReason, featured: c.featured }, after: { status: 'approved', statusReason: null, featured: c.featured },
        },
      });
    }
    if (deps.notify && settings) {
      await notifyAppeal({ store: tx, now: deps.now ?? (() => new Date()), links: deps.notify, settings }, comment, { id: appeal.id, outcome: input.outcome, note: patch.outcomeNote });
    }
    return { appeal: { ...appeal, ...patch }, comment };
  });
  deps.onCommentChanged?.(result.comment);
  deps.wakeMail?.();
  return result;
}
