// The author withdraws a comment: hidden from readers, preserved with its revisions and audit trail.
import type { Comment, User } from '../domain/types';
import { forbidden, notFound } from '../domain/errors';
import { withdrawable } from '../domain/comments';
import { canSeeComment, isAuthorOf } from '../domain/permissions';
import type { Hub } from '../realtime/hub';
import { hideEvent } from '../realtime/events';
import type { Store } from '../store/store';
import { preserveEvidence } from './preserveEvidence';

export async function withdrawComment(
  deps: { store: Store; hub: Hub; now: () => Date; evidenceRetentionDays?: number },
  input: { user: User; commentId: string },
): Promise<Comment> {
  const at = deps.now().toISOString();
  // Read inside the transaction (locking the row on PostgreSQL), so two withdrawals, or a withdrawal and a moderator's
  // decision, take turns instead of both acting on the same old status.
  const { comment, changed } = await deps.store.transaction(async (tx) => {
    const c = await tx.getComment(input.commentId);
    if (!c || c.siteId !== input.user.siteId || !canSeeComment(input.user, c)) throw notFound('Comment');
    if (!isAuthorOf(input.user, c)) throw forbidden('not_author', 'Only the author may withdraw this comment.');
    // Already hidden: by the author, or by moderation, whose decision (and the author's right to appeal it) stands.
    if (!withdrawable(c.status)) return { comment: c, changed: false };
    await tx.updateComment(c.id, { status: 'withdrawn' });
    await tx.appendAudit({ at, actor: input.user.id, action: 'comment.withdraw', targetType: 'comment', targetId: c.id, reason: null, rule: null, data: { from: c.status } });
    await preserveEvidence({ store: tx, now: deps.now, retentionDays: deps.evidenceRetentionDays }, { commentId: c.id, reason: 'withdrawn by author', trigger: 'author', actor: input.user.id });
    return { comment: c, changed: true };
  });
  if (!changed) return comment;
  if (comment.status === 'approved') await deps.hub.publish(comment.storyId, hideEvent(comment.id)).catch(() => undefined);
  return { ...comment, status: 'withdrawn' };
}
