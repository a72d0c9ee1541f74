// Posts a reader's comment (or reply): policy acceptance, limits, moderation verdict, audit, live event.
import { commentConsentWithdrawn } from './recordConsent';
import { autoClosed, effectiveAutoCloseDays } from '../domain/storyClosing';
import { randomUUID } from 'node:crypto';
import type { Comment, Site, Story, User } from '../domain/types';
import { AppError, badRequest, conflict, forbidden } from '../domain/errors';
import { officerPublished } from '../domain/grievance';
import { hasVisibleText } from '../domain/comments';
import { canReplyTo } from '../domain/permissions';
import type { Moderator } from '../moderation/types';
import type { Hub } from '../realtime/hub';
import { commentEvent } from '../realtime/events';
import type { Store } from '../store/store';
import { codePoints, MAX_COMMENT_CHARS, screenComment } from './screenComment';
import { preserveEvidence } from './preserveEvidence';
import { commentData, emitWebhookEvent } from '../webhooks/emit';
import { assertMayPost, holdUnverified } from './unverifiedEmail';
import { notifyReply, type NotifyLinks } from './notify';
import { checkQueueAlert } from './moderatorAlerts';
import { notificationSettings } from '../domain/notifications';

export interface PostCommentDeps {
  store: Store;
  moderator: Moderator;
  hub: Hub;
  now: () => Date;
  /** Days an auto-rejected comment's evidence is kept (config CHARCHA_EVIDENCE_RETENTION_DAYS); 180 when omitted. */
  evidenceRetentionDays?: number;
  /** Config emailVerification: unverified local readers' comments are held or refused (src/actions/unverifiedEmail.ts). */
  emailVerification?: boolean;
  /** Set by the server: replies are e-mailed to opted-in authors and a growing review queue alerts moderators. */
  notify?: NotifyLinks;
  wakeMail?: () => void;
}

export function checkBody(body: string): void {
  // Spaces, zero-width and bidi controls or lone combining marks make a comment that shows nothing: refuse it.
  if (!hasVisibleText(body)) throw badRequest('comment_empty', 'The comment has no visible character.');
  const n = codePoints(body);
  if (n > MAX_COMMENT_CHARS) throw badRequest('comment_too_long', `The comment has ${n} characters; the limit is ${MAX_COMMENT_CHARS}.`);
}

export async function postComment(
  deps: PostCommentDeps,
  input: { user: User; site: Site; story: Story; parentId?: string | null; body: string },
): Promise<Comment> {
  const { user, site, story, body } = input;
  const policy = await deps.store.getPolicy(site.id);
  // Accepted, and the consent not withdrawn since (a withdrawal stops posting until the reader accepts again).
  if (policy && (!(await deps.store.getAcceptance(user.id, policy.version)) || (await commentConsentWithdrawn(deps.store, user.id)))) {
    throw forbidden('policy_not_accepted', `Accept the site's policy (version ${policy.version}) before posting.`);
  }
  if (story.closed) throw forbidden('story_closed', 'This story is closed for opinions.');
  if (autoClosed(story, site, deps.now())) {
    throw forbidden('story_auto_closed', `This story closed for new opinions ${effectiveAutoCloseDays(story, site)} days after it was published.`);
  }
  // IT Rules 3(2)(a): readers must be able to reach a grievance officer before the site hosts what they write.
  if (!officerPublished(site.settings.grievanceOfficer)) {
    throw conflict('grievance_officer_not_set', 'Comments open once the site publishes its grievance officer (admin settings).');
  }
  assertMayPost(user, site, deps.emailVerification);
  checkBody(body);
  const parentId = input.parentId ?? null;
  if (parentId) {
    const parent = await deps.store.getComment(parentId);
    if (!parent || parent.siteId !== site.id || !canReplyTo(user, parent)) throw new AppError(404, 'parent_not_found', 'The comment you reply to does not exist.');
    if (parent.storyId !== story.id) throw badRequest('parent_mismatch', 'The comment you reply to belongs to another story.');
  }
  const screened = screenComment(deps.moderator, site, story, body);
  const verdict = screened.verdict;
  const status = holdUnverified(screened.status, user, deps.emailVerification);
  const at = deps.now().toISOString();
  const comment: Comment = {
    id: randomUUID(), siteId: site.id, storyId: story.id, parentId, authorId: user.id, body, status, moderation: verdict,
    reactionCount: 0, replyCount: 0, reportCount: 0, featured: false, statusReason: null, createdAt: at, editedAt: null,
  };
  await deps.store.transaction(async (tx) => {
    await tx.insertComment(comment);
    await tx.appendAudit({ at, actor: user.id, action: 'comment.post', targetType: 'comment', targetId: comment.id, reason: null, rule: null, data: { storyId: story.id, parentId } });
    await tx.appendAudit({ at, actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: comment.id, reason: verdict.decision, rule: verdict.rule, data: verdict });
    // The engine removed it at posting: keep the evidence as for any removal.
    if (status === 'rejected') {
      await preserveEvidence({ store: tx, now: deps.now, retentionDays: deps.evidenceRetentionDays }, {
        commentId: comment.id, reason: verdict.labels.join(', ') || verdict.rule, trigger: 'engine', actor: 'system',
      });
    }
    await emitWebhookEvent({ store: tx, now: deps.now }, 'comment.created', { siteId: site.id, storyUrl: story.url, ...commentData(comment) });
    if (deps.notify && status === 'approved') await notifyReply({ store: tx, now: deps.now, links: deps.notify, settings: notificationSettings(site.settings) }, comment);
  });
  if (deps.notify) {
    deps.wakeMail?.();
    // After the commit and best effort: the comment is posted whatever happens to the alert.
    if (status === 'review') await checkQueueAlert({ store: deps.store, now: deps.now, links: deps.notify, wakeMail: deps.wakeMail }, site.id).catch(() => undefined);
  }
  if (status === 'approved') await deps.hub.publish(story.id, commentEvent(comment, user)).catch(() => undefined);
  return comment;
}
