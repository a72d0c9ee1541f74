// An author's edit within the site's edit window: a new revision (never an overwrite of history) and a fresh verdict.
import type { Comment, Site, Story, User } from '../domain/types';
import { AppError, forbidden, notFound } from '../domain/errors';
import { canTransition, editRefusal, type AuthorRefusal } from '../domain/comments';
import { canSeeComment, isAuthorOf } from '../domain/permissions';
import { commentEvent, hideEvent } from '../realtime/events';
import { screenComment } from './screenComment';
import { checkBody, type PostCommentDeps } from './postComment';
import { holdUnverified } from './unverifiedEmail';

function refusal(code: AuthorRefusal, c: Comment, site: Site): AppError {
  if (code === 'story_closed') return forbidden('story_closed', 'This story is closed for opinions.');
  if (code === 'edit_window_closed') return forbidden('edit_window_closed', `Comments can be edited for ${site.settings.editWindowMinutes} minutes.`);
  return forbidden('not_editable', `A ${c.status} comment cannot be edited.`);
}

export async function editComment(
  deps: PostCommentDeps,
  input: { user: User; site: Site; commentId: string; body: string },
): Promise<Comment> {
  const { user, site, body } = input;
  const comment = await deps.store.getComment(input.commentId);
  // A comment the caller may not see answers the same 404 as one that does not exist (no 403 that confirms it).
  if (!comment || comment.siteId !== site.id || !canSeeComment(user, comment)) throw notFound('Comment');
  if (!isAuthorOf(user, comment)) throw forbidden('not_author', 'Only the author may edit this comment.');
  const now = deps.now();
  const story = (await deps.store.getStory(comment.storyId)) as Story;
  const ctx = { storyClosed: story.closed, editWindowMinutes: site.settings.editWindowMinutes, now };
  const refused = editRefusal(comment, ctx);
  if (refused) throw refusal(refused, comment, site);
  checkBody(body);
  const screened = screenComment(deps.moderator, site, story, body);
  const verdict = screened.verdict;
  const status = holdUnverified(screened.status, user, deps.emailVerification);
  const at = now.toISOString();
  await deps.store.transaction(async (tx) => {
    // Re-read inside the transaction (which locks the row on PostgreSQL): the next revision number and the status are
    // those of the last committed change, not of the read above (two edits at once used to pick the same revision
    // number and answer 500; an edit racing a rejection could undo it).
    const current = await tx.getComment(comment.id);
    if (!current) throw notFound('Comment');
    const again = editRefusal(current, ctx);
    if (again) throw refusal(again, current, site);
    if (!canTransition('system', current.status, status)) throw forbidden('not_editable', `A ${current.status} comment cannot be edited.`);
    const rev = (await tx.listRevisions(comment.id)).length + 1;
    // The verdict is the revision's own; the comment's current verdict is the latest revision's.
    await tx.addRevision({ commentId: comment.id, rev, body, at, moderation: verdict });
    await tx.updateComment(comment.id, { body, editedAt: at, moderation: verdict, status });
    await tx.appendAudit({ at, actor: user.id, action: 'comment.edit', targetType: 'comment', targetId: comment.id, reason: null, rule: null, data: { rev } });
    await tx.appendAudit({ at, actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: comment.id, reason: verdict.decision, rule: verdict.rule, data: verdict });
  });
  const updated: Comment = { ...comment, body, editedAt: at, moderation: verdict, status };
  if (status === 'approved') await deps.hub.publish(story.id, commentEvent(updated, user)).catch(() => undefined);
  else if (comment.status === 'approved') await deps.hub.publish(story.id, hideEvent(comment.id)).catch(() => undefined);
  return updated;
}
