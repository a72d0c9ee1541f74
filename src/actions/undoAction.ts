// Undo: reverses one recorded staff action by recording a NEW inverse entry linked to it; the log itself is never edited.
import { preserveEvidence } from './preserveEvidence';
import type { AuditAction } from '../domain/auditActions';
import type { AuditEntry, Comment, CommentStatus, User } from '../domain/types';
import type { PermissionName } from '../domain/permissions';
import { AppError } from '../domain/errors';
import { staffUserAction, type UserVerb } from './staffUserAction';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

/** What a comment action records (staffCommentAction): the state before and after it. */
type CommentState = { status: CommentStatus; statusReason: string | null; featured: boolean };

const commentUndo: Record<string, { permission: PermissionName; action: AuditAction }> = {
  'comment.approve': { permission: 'comment.approve', action: 'comment.approve.undo' },
  'comment.restore': { permission: 'comment.restore', action: 'comment.restore.undo' },
  'comment.reject': { permission: 'comment.reject', action: 'comment.reject.undo' },
  'comment.hide': { permission: 'comment.hide', action: 'comment.hide.undo' },
  'comment.feature': { permission: 'comment.feature', action: 'comment.feature.undo' },
  'comment.unfeature': { permission: 'comment.feature', action: 'comment.unfeature.undo' },
};

/** The inverse verb keeps its own permission and transition checks; the state restored is the recorded one. */
const userUndo: Record<string, UserVerb> = {
  'user.suspend': 'unsuspend', 'user.ban': 'unban', 'user.trust': 'untrust', 'user.untrust': 'trust',
};

export const UNDOABLE_ACTIONS = [...Object.keys(commentUndo), ...Object.keys(userUndo)];

const notRecorded = () => new AppError(409, 'not_undoable', 'This entry predates recorded state, so it cannot be undone; repeat the inverse action instead.');

const sameState = (c: Comment, s: CommentState) => c.status === s.status && c.statusReason === s.statusReason && c.featured === s.featured;

function commentStates(entry: AuditEntry): { before: CommentState; after: CommentState } {
  const d = entry.data as { before?: CommentState; after?: CommentState } | null;
  if (entry.v !== 2 || !d?.before || !d.after) throw notRecorded();
  return { before: d.before, after: d.after };
}

function userStates(entry: AuditEntry): { expect: Partial<User>; restore: Partial<User> } {
  const d = entry.data as { before?: Partial<User>; patch?: Partial<User> } | null;
  if (entry.v !== 2 || !d?.before || !d.patch) throw notRecorded();
  const keys = Object.keys(d.patch) as (keyof User)[];
  return {
    expect: Object.fromEntries(keys.map((k) => [k, d.patch![k]])) as Partial<User>,
    restore: Object.fromEntries(keys.map((k) => [k, d.before![k] ?? null])) as Partial<User>,
  };
}

export async function undoAction(deps: StaffDeps, input: { actor: StaffActor; auditSeq: number }): Promise<{ auditSeq: number; action: string; targetId: string }> {
  if (!Number.isInteger(input.auditSeq) || input.auditSeq < 1) throw new AppError(400, 'validation_failed', 'auditSeq must be a positive integer.');
  const [entry] = await deps.store.listAudit(input.auditSeq, 1);
  if (!entry || entry.seq !== input.auditSeq) throw new AppError(404, 'not_found', 'Audit entry not found.');
  // Older undos carry only the rule "undo:N"; newer ones the undoes link.
  if (entry.undoes !== null || entry.rule?.startsWith('undo:')) throw new AppError(409, 'not_undoable', 'An undo cannot be undone; repeat the action instead.');

  const userVerb = userUndo[entry.action];
  if (userVerb) {
    const undo = { seq: entry.seq, ...userStates(entry) };
    const r = await staffUserAction(deps, { actor: input.actor, userId: entry.targetId, verb: userVerb, undo })
      .catch((err) => {
        if (err instanceof AppError && err.code === 'invalid_transition') throw new AppError(409, 'state_changed', 'The user has changed since; nothing to undo.');
        throw err;
      });
    return { auditSeq: r.auditSeq, action: `user.${userVerb}`, targetId: entry.targetId };
  }

  const spec = commentUndo[entry.action];
  if (!spec) throw new AppError(409, 'not_undoable', `Action ${entry.action} cannot be undone.`);
  // A removal a court or government order required is not a moderator's slip to take back (complyWithOrder).
  if ((entry.data as { orderId?: string } | null)?.orderId) throw new AppError(409, 'not_undoable', 'This removal was required by an order; it cannot be undone.');
  const { before, after } = commentStates(entry);
  const result = await deps.store.transaction(async (tx) => {
    const c = await tx.getComment(entry.targetId);
    if (!c || c.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Audit entry not found.');
    authorize(input.actor, spec.permission, c.siteId);
    // Only while the comment still shows the recorded effect: a later decision must not be silently reverted.
    if (!sameState(c, after)) throw new AppError(409, 'state_changed', 'The comment has changed since; nothing to undo.');
    const patch = { status: before.status, statusReason: before.statusReason, featured: before.featured };
    await tx.updateComment(c.id, patch);
    const audit = await tx.appendAudit({
      at: nowIso(deps), actor: input.actor.id, action: spec.action, targetType: 'comment', targetId: c.id,
      reason: 'undo', rule: `undo:${entry.seq}`, undoes: entry.seq,
      data: { from: c.status, patch, before: { status: c.status, statusReason: c.statusReason, featured: c.featured }, after: patch },
    });
    // Undoing an approval or a restore removes the content again: that removal keeps its evidence too.
    if ((patch.status === 'rejected' || patch.status === 'removed') && c.status !== patch.status) {
      await preserveEvidence({ store: tx, now: deps.now, retentionDays: deps.evidenceRetentionDays }, {
        commentId: c.id, reason: patch.statusReason ?? `undo of entry ${entry.seq}`, trigger: 'staff', actor: input.actor.id,
      });
    }
    return { comment: { ...c, ...patch } as Comment, auditSeq: audit.seq };
  });
  deps.onCommentChanged?.(result.comment);
  return { auditSeq: result.auditSeq, action: spec.action, targetId: entry.targetId };
}
