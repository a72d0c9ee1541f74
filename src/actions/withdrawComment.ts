// The author withdraws a comment: hidden from readers, preserved with its revisions and audit trail.
import type { Comment, User } from '../domain/types';
import { forbidden, notFound } from '../http/errors';
import type { Hub } from '../realtime/hub';
import { hideEvent } from '../realtime/events';
import type { Store } from '../store/store';

export async function withdrawComment(
  deps: { store: Store; hub: Hub; now: () => Date },
  input: { user: User; commentId: string },
): Promise<Comment> {
  const comment = await deps.store.getComment(input.commentId);
  if (!comment || comment.siteId !== input.user.siteId) throw notFound('Comment');
  if (comment.authorId !== input.user.id) throw forbidden('not_author', 'Only the author may withdraw this comment.');
  if (comment.status === 'withdrawn') return comment;
  const at = deps.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.updateComment(comment.id, { status: 'withdrawn' });
    await tx.appendAudit({ at, actor: input.user.id, action: 'comment.withdraw', targetType: 'comment', targetId: comment.id, reason: null, rule: null, data: { from: comment.status } });
  });
  if (comment.status === 'approved') await deps.hub.publish(comment.storyId, hideEvent(comment.id)).catch(() => undefined);
  return { ...comment, status: 'withdrawn' };
}
