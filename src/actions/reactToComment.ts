// One "respect" per reader per comment: add or take back, and tell the open streams the new count.
import type { User } from '../domain/types';
import { AppError, forbidden, notFound } from '../domain/errors';
import { reactionRefusal } from '../domain/comments';
import { canSeeComment } from '../domain/permissions';
import type { Hub } from '../realtime/hub';
import { reactionEvent } from '../realtime/events';
import type { Store } from '../store/store';

export async function reactToComment(
  deps: { store: Store; hub: Hub; now: () => Date },
  input: { user: User; commentId: string; on: boolean },
): Promise<{ commentId: string; reacted: boolean; reactionCount: number }> {
  const comment = await deps.store.getComment(input.commentId);
  // A comment the reader cannot see does not exist for them; one they see but is not public takes no reactions.
  if (!comment || comment.siteId !== input.user.siteId || !canSeeComment(input.user, comment)) throw notFound('Comment');
  const story = await deps.store.getStory(comment.storyId);
  const refused = reactionRefusal(comment, !!story?.closed);
  if (refused === 'story_closed') throw forbidden('story_closed', 'This story is closed: reactions are frozen.');
  if (refused) throw new AppError(409, 'not_public', `A ${comment.status} comment takes no reactions.`);
  const changed = input.on
    ? await deps.store.addReaction(comment.id, input.user.id, deps.now().toISOString())
    : await deps.store.removeReaction(comment.id, input.user.id);
  const reactionCount = (await deps.store.getComment(comment.id))?.reactionCount ?? comment.reactionCount;
  if (changed) await deps.hub.publish(comment.storyId, reactionEvent(comment.id, reactionCount)).catch(() => undefined);
  return { commentId: comment.id, reacted: input.on, reactionCount };
}
