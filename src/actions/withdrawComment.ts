// The author withdraws a comment: hidden from readers, preserved with its revisions and audit trail.
import type { Comment, User } from '../domain/types';
import { forbidden, notFound } from '../domain/errors';
import { withdrawable } from '../domain/comments';
import { canSeeComment, isAuthorOf } from '../domain/permissions';
import type { Hub } from '../realtime/hub';
import { hideEvent } from '../realtime/events';
import type { Store } from '../store/store';
import { preserveEvidence } from './preserveEvidence';

export interface WithdrawDeps { store: Store; hub: Hub; now: () => Date; evidenceRetentionDays?: number }

/**
 * The author's withdrawal on a transaction the caller holds (withdrawComment, account erasure): the status changes to
 * "withdrawn", the text is never edited, the audit log records it and its evidence is preserved (trigger 'author').
 * `changed` is false when the comment was already hidden, by the author or by moderation (whose decision stands).
 */
export async function withdrawWithin(
  tx: Store, deps: Pick<WithdrawDeps, 'now' | 'evidenceRetentionDays'>,
  input: { user: User; commentId: string; why?: { auditReason: string; statusReason: string; evidenceReason: string } },
): Promise<{ comment: Comment; changed: boolean }> {
  const at = deps.now().toISOString();
  const c = await tx.getComment(input.commentId);
  if (!c || c.siteId !== input.user.siteId || !canSeeComment(input.user, c)) throw notFound('Comment');
  if (!isAuthorOf(input.user, c)) throw forbidden('not_author', 'Only the author may withdraw this comment.');
  if (!withdrawable(c.status)) return { comment: c, changed: false };
  await tx.updateComment(c.id, input.why ? { status: 'withdrawn', statusReason: input.why.statusReason } : { status: 'withdrawn' });
  await tx.appendAudit({ at, actor: input.user.id, action: 'comment.withdraw', targetType: 'comment', targetId: c.id, reason: input.why?.auditReason ?? null, rule: null, data: { from: c.status } });
  await preserveEvidence({ store: tx, now: deps.now, retentionDays: deps.evidenceRetentionDays }, {
    commentId: c.id, reason: input.why?.evidenceReason ?? 'withdrawn by author', trigger: 'author', actor: input.user.id,
  });
  return { comment: c, changed: true };
}

export async function withdrawComment(deps: WithdrawDeps, input: { user: User; commentId: string }): Promise<Comment> {
  // Read inside the transaction (locking the row on PostgreSQL), so two withdrawals, or a withdrawal and a moderator's
  // decision, take turns instead of both acting on the same old status.
  const { comment, changed } = await deps.store.transaction((tx) => withdrawWithin(tx, deps, input));
  if (!changed) return comment;
  if (comment.status === 'approved') await deps.hub.publish(comment.storyId, hideEvent(comment.id)).catch(() => undefined);
  return { ...comment, status: 'withdrawn' };
}
