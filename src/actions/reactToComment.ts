// One "respect" per reader per comment: add or take back, and tell the open streams the new count.
import type { User } from '../domain/types';
import { notFound } from '../domain/errors';
import type { Hub } from '../realtime/hub';
import { reactionEvent } from '../realtime/events';
import type { Store } from '../store/store';

export async function reactToComment(
  deps: { store: Store; hub: Hub; now: () => Date },
  input: { user: User; commentId: string; on: boolean },
): Promise<{ commentId: string; reacted: boolean; reactionCount: number }> {
  const comment = await deps.store.getComment(input.commentId);
  // Only visible comments can be reacted to; others do not exist for the reader.
  if (!comment || comment.siteId !== input.user.siteId || comment.status !== 'approved') throw notFound('Comment');
  const changed = input.on
    ? await deps.store.addReaction(comment.id, input.user.id, deps.now().toISOString())
    : await deps.store.removeReaction(comment.id, input.user.id);
  const reactionCount = (await deps.store.getComment(comment.id))?.reactionCount ?? comment.reactionCount;
  if (changed) await deps.hub.publish(comment.storyId, reactionEvent(comment.id, reactionCount)).catch(() => undefined);
  return { commentId: comment.id, reacted: input.on, reactionCount };
}
