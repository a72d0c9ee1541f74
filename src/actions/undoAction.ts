// Undo: reverses one recorded staff action by recording a NEW inverse action; the log itself is never edited.
import type { Comment, CommentStatus } from '../domain/types';
import type { PermissionName } from '../domain/permissions';
import { AppError } from '../domain/errors';
import { staffUserAction, type UserVerb } from './staffUserAction';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

/**
 * Where an undone comment goes. The log keeps only a hash of the action's data, so the prior status is
 * derived from the verb and the engine's verdict: a queue approval returns to the queue (or to the automatic
 * reject it overrode), a restore returns to removed/rejected, a reject or hide returns a published comment
 * to published and a held one to review.
 */
const commentUndo: Record<string, { permission: PermissionName; expect: (c: Comment) => boolean; back: (c: Comment) => Partial<Comment> }> = {
  'comment.approve': {
    permission: 'comment.approve', expect: (c) => c.status === 'approved',
    back: (c) => ({ status: c.moderation?.decision === 'reject' ? 'rejected' : 'review' }),
  },
  'comment.restore': {
    permission: 'comment.restore', expect: (c) => c.status === 'approved',
    back: (c) => ({ status: c.moderation?.decision === 'approve' ? 'removed' : 'rejected' }),
  },
  'comment.reject': {
    permission: 'comment.reject', expect: (c) => c.status === 'rejected',
    back: (c) => ({ status: c.moderation?.decision === 'approve' ? 'approved' : 'review', statusReason: null }),
  },
  'comment.hide': {
    permission: 'comment.hide', expect: (c) => c.status === 'removed',
    back: (c) => ({ status: c.moderation?.decision === 'review' ? 'review' : 'approved', statusReason: null }),
  },
  'comment.feature': { permission: 'comment.feature', expect: (c) => c.featured, back: () => ({ featured: false }) },
  'comment.unfeature': { permission: 'comment.feature', expect: (c) => !c.featured && c.status === 'approved', back: () => ({ featured: true }) },
};

const userUndo: Record<string, UserVerb> = {
  'user.suspend': 'unsuspend', 'user.ban': 'unban', 'user.trust': 'untrust', 'user.untrust': 'trust',
};

export const UNDOABLE_ACTIONS = [...Object.keys(commentUndo), ...Object.keys(userUndo)];

export async function undoAction(deps: StaffDeps, input: { actor: StaffActor; auditSeq: number }): Promise<{ auditSeq: number; action: string; targetId: string }> {
  if (!Number.isInteger(input.auditSeq) || input.auditSeq < 1) throw new AppError(400, 'validation_failed', 'auditSeq must be a positive integer.');
  const [entry] = await deps.store.listAudit(input.auditSeq, 1);
  if (!entry || entry.seq !== input.auditSeq) throw new AppError(404, 'not_found', 'Audit entry not found.');
  if (entry.rule?.startsWith('undo:')) throw new AppError(409, 'not_undoable', 'An undo cannot be undone; repeat the action instead.');

  const userVerb = userUndo[entry.action];
  if (userVerb) {
    const r = await staffUserAction(deps, { actor: input.actor, userId: entry.targetId, verb: userVerb, undoOf: entry.seq })
      .catch((err) => {
        if (err instanceof AppError && err.code === 'invalid_transition') throw new AppError(409, 'state_changed', 'The user has changed since; nothing to undo.');
        throw err;
      });
    return { auditSeq: r.auditSeq, action: `user.${userVerb}`, targetId: entry.targetId };
  }

  const spec = commentUndo[entry.action];
  if (!spec) throw new AppError(409, 'not_undoable', `Action ${entry.action} cannot be undone.`);
  const result = await deps.store.transaction(async (tx) => {
    const c = await tx.getComment(entry.targetId);
    if (!c || c.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Audit entry not found.');
    authorize(input.actor, spec.permission, c.siteId);
    // Only while the comment still shows the effect: a later decision must not be silently reverted.
    if (!spec.expect(c)) throw new AppError(409, 'state_changed', 'The comment has changed since; nothing to undo.');
    const patch = spec.back(c) as { status?: CommentStatus; featured?: boolean; statusReason?: string | null };
    await tx.updateComment(c.id, patch);
    const action = `${entry.action}.undo`;
    const audit = await tx.appendAudit({
      at: nowIso(deps), actor: input.actor.id, action, targetType: 'comment', targetId: c.id,
      reason: 'undo', rule: `undo:${entry.seq}`, data: { from: c.status, patch },
    });
    return { comment: { ...c, ...patch } as Comment, auditSeq: audit.seq, action };
  });
  deps.onCommentChanged?.(result.comment);
  return { auditSeq: result.auditSeq, action: result.action, targetId: entry.targetId };
}
