// An author's edit within the site's edit window: a new revision (never an overwrite of history) and a fresh verdict.
import type { Comment, Site, Story, User } from '../domain/types';
import { forbidden, notFound } from '../domain/errors';
import { commentEvent, hideEvent } from '../realtime/events';
import { screenComment } from './screenComment';
import { checkBody, type PostCommentDeps } from './postComment';

/** Statuses an author may still edit; the API's editableUntil says the same (http/present.ts). */
export const EDITABLE = new Set<Comment['status']>(['pending', 'approved', 'review']);

export async function editComment(
  deps: PostCommentDeps,
  input: { user: User; site: Site; commentId: string; body: string },
): Promise<Comment> {
  const { user, site, body } = input;
  const comment = await deps.store.getComment(input.commentId);
  if (!comment || comment.siteId !== site.id) throw notFound('Comment');
  if (comment.authorId !== user.id) throw forbidden('not_author', 'Only the author may edit this comment.');
  if (!EDITABLE.has(comment.status)) throw forbidden('not_editable', `A ${comment.status} comment cannot be edited.`);
  const now = deps.now();
  const closesAt = new Date(comment.createdAt).getTime() + site.settings.editWindowMinutes * 60_000;
  if (now.getTime() > closesAt) throw forbidden('edit_window_closed', `Comments can be edited for ${site.settings.editWindowMinutes} minutes.`);
  checkBody(body);
  const story = (await deps.store.getStory(comment.storyId)) as Story;
  const { verdict, status } = screenComment(deps.moderator, site, story, body);
  const at = now.toISOString();
  await deps.store.transaction(async (tx) => {
    // Re-read inside the transaction (which locks the row on PostgreSQL): the next revision number and the status are
    // those of the last committed change, not of the read above (two edits at once used to pick the same revision
    // number and answer 500; an edit racing a rejection could undo it).
    const current = await tx.getComment(comment.id);
    if (!current || !EDITABLE.has(current.status)) throw forbidden('not_editable', `A ${current?.status ?? 'removed'} comment cannot be edited.`);
    const rev = (await tx.listRevisions(comment.id)).length + 1;
    await tx.addRevision({ commentId: comment.id, rev, body, at });
    await tx.updateComment(comment.id, { body, editedAt: at, moderation: verdict, status });
    await tx.appendAudit({ at, actor: user.id, action: 'comment.edit', targetType: 'comment', targetId: comment.id, reason: null, rule: null, data: { rev } });
    await tx.appendAudit({ at, actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: comment.id, reason: verdict.decision, rule: verdict.rule, data: verdict });
  });
  const updated: Comment = { ...comment, body, editedAt: at, moderation: verdict, status };
  if (status === 'approved') await deps.hub.publish(story.id, commentEvent(updated, user)).catch(() => undefined);
  else if (comment.status === 'approved') await deps.hub.publish(story.id, hideEvent(comment.id)).catch(() => undefined);
  return updated;
}
