// Staff verbs on one comment (approve, reject, hide, restore, feature): a state change and its audit entry in one transaction.
import type { Comment, CommentStatus } from '../domain/types';
import { canTransition, STAFF_VERBS, type CommentVerb, type StaffVerb } from '../domain/comments';
import { AppError } from '../domain/errors';
import type { WebhookEventType } from '../domain/webhooks';
import { commentData, emitWebhookEvent } from '../webhooks/emit';
import {
  authorize, formatStatusReason, nowIso, REASON_CATEGORIES, type ReasonCategory, type StaffActor, type StaffDeps,
} from './staffDeps';
import { preserveEvidence } from './preserveEvidence';
import { notifyDecision, notifyReply } from './notify';
import { checkQueueAlert } from './moderatorAlerts';
import { siteNotificationSettings } from './notificationPrefs';

// The verb table is the lifecycle's (domain/comments.ts); re-exported for the routes.
export { COMMENT_VERBS, type CommentVerb } from '../domain/comments';
const transitions: Record<CommentVerb, StaffVerb> = STAFF_VERBS;

export interface StaffCommentInput {
  actor: StaffActor;
  commentId: string;
  verb: CommentVerb;
  reason?: string;
  note?: string;
  /**
   * A removal required by a registered court or government order (complyWithOrder): allowed under order.comply
   * instead of comment.hide, the reason is the fixed category `court_or_government_order`, and the order's id is kept
   * in the entry's data (the public log shows only the reason).
   */
  order?: { id: string };
}

/** The removal reason of content disabled on a court or government order (Rule 3(1)(d)). */
export const ORDER_REASON = 'court_or_government_order';

export interface StaffCommentResult { comment: Comment; auditSeq: number }

function checkReason(verb: CommentVerb, t: StaffVerb, reason: string | undefined, c: Comment): ReasonCategory | null {
  if (!t.needsReason) return null;
  if (reason === undefined) {
    // Hiding a reported comment without a stated reason: fall back to what the engine saw, else "other".
    if (verb === 'hide') return (c.moderation?.labels?.[0] as ReasonCategory | undefined) ?? 'other';
    throw new AppError(400, 'reason_required', 'A rejection needs a reason: one of the policy categories.');
  }
  if (!(REASON_CATEGORIES as readonly string[]).includes(reason)) {
    throw new AppError(400, 'invalid_reason', `reason must be one of: ${REASON_CATEGORIES.join(', ')}.`);
  }
  return reason as ReasonCategory;
}

/** The status a staff verb leads to, as the webhook event it tells publishers' systems about. */
const STATUS_EVENTS: Partial<Record<CommentStatus, WebhookEventType>> = {
  approved: 'comment.approved', rejected: 'comment.rejected', removed: 'comment.removed',
};

/** Applies one verb to one comment. Throws 404/403/409 AppErrors; never edits the reader's words. */
export async function staffCommentAction(deps: StaffDeps, input: StaffCommentInput): Promise<StaffCommentResult> {
  const t = transitions[input.verb];
  if (!t) throw new AppError(400, 'invalid_action', `Unknown action ${String(input.verb)}.`);
  const settings = deps.notify ? await siteNotificationSettings(deps.store, input.actor.siteId) : null;
  const result = await deps.store.transaction(async (tx) => {
    const c = await tx.getComment(input.commentId);
    // A comment of another site is "not found" to this actor: no existence leak across sites.
    if (!c || c.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'Comment not found.');
    if (input.order && input.verb !== 'hide') throw new AppError(400, 'invalid_action', 'An order can only disable content.');
    authorize(input.actor, input.order ? 'order.comply' : t.permission, c.siteId);
    if (!t.from.includes(c.status) || (t.to && !canTransition('staff', c.status, t.to))) {
      throw new AppError(409, 'invalid_transition', `Cannot ${input.verb} a comment that is ${c.status}.`);
    }
    if (t.featured !== undefined && c.featured === t.featured) {
      throw new AppError(409, 'invalid_transition', `Comment is already ${t.featured ? '' : 'not '}featured.`);
    }
    if (input.verb === 'keep' && c.reportCount === 0) throw new AppError(409, 'no_reports', 'This comment has no reports to dismiss.');
    const category = input.order ? ORDER_REASON : checkReason(input.verb, t, input.reason, c);
    const patch: { status?: CommentStatus; statusReason?: string | null; featured?: boolean } = {};
    if (t.to) {
      patch.status = t.to;
      patch.statusReason = category ? formatStatusReason(category, input.note) : t.to === 'approved' ? null : c.statusReason;
    }
    if (t.featured !== undefined) patch.featured = t.featured;
    if (Object.keys(patch).length) await tx.updateComment(c.id, patch);
    // Any decision on a reported comment answers its reports, so it leaves the Reported queue.
    if (c.reportCount > 0 && input.verb !== 'feature' && input.verb !== 'unfeature') await tx.markReportsReviewed(c.id);
    const entry = await tx.appendAudit({
      at: nowIso(deps),
      actor: input.actor.id,
      action: `comment.${input.verb}` as const,
      targetType: 'comment',
      targetId: c.id,
      reason: category,
      // The engine's rule is the evidence the moderator acted on (or overrode).
      rule: c.moderation?.rule ?? null,
      // The state before and after, so an undo restores exactly what was there (see undoAction).
      data: {
        from: c.status, to: t.to ?? c.status, featured: patch.featured ?? c.featured, note: input.note ?? null,
        ...(input.order ? { orderId: input.order.id } : {}),
        before: { status: c.status, statusReason: c.statusReason, featured: c.featured },
        after: { status: patch.status ?? c.status, statusReason: patch.statusReason !== undefined ? patch.statusReason : c.statusReason, featured: patch.featured ?? c.featured },
      },
    });
    // Rejecting or hiding removes the content: its evidence is kept in this same transaction.
    if (t.to === 'rejected' || t.to === 'removed') {
      await preserveEvidence({ store: tx, now: deps.now, retentionDays: deps.evidenceRetentionDays }, {
        // Under an order the trigger says so and the reason names the order (evidence is never public).
        commentId: c.id, reason: input.order ? `${ORDER_REASON}: order ${input.order.id}` : patch.statusReason ?? category ?? input.verb,
        trigger: input.order ? 'order' : 'staff', actor: input.actor.id,
      });
    }
    const changed = { ...c, ...patch } as Comment;
    const event = t.to && t.to !== c.status ? STATUS_EVENTS[t.to] : undefined;
    if (event) await emitWebhookEvent({ store: tx, now: deps.now }, event, { siteId: c.siteId, ...commentData(changed), from: c.status, reason: category ?? null, auditSeq: entry.seq });
    if (deps.notify && settings && t.to && t.to !== c.status) {
      await notifyStaffChange({ store: tx, now: deps.now ?? (() => new Date()), links: deps.notify, settings }, c, changed, entry.seq, patch.statusReason ?? null);
    }
    return { comment: changed, auditSeq: entry.seq };
  });
  deps.onCommentChanged?.(result.comment);
  if (deps.notify) {
    deps.wakeMail?.();
    // The queue may have shrunk below the alert threshold: re-arm it (best effort, after the commit).
    await checkQueueAlert({ store: deps.store, now: deps.now ?? (() => new Date()), links: deps.notify, wakeMail: deps.wakeMail }, result.comment.siteId).catch(() => undefined);
  }
  return result;
}

/** The author hears of a removal or a restore; a reply held for review and now approved reaches its parent's author. */
async function notifyStaffChange(deps: Parameters<typeof notifyReply>[0], before: Comment, after: Comment, seq: number, reason: string | null) {
  if (after.status === 'rejected' || after.status === 'removed') await notifyDecision(deps, after, 'removed', seq, reason);
  else if (after.status === 'approved' && (before.status === 'rejected' || before.status === 'removed')) await notifyDecision(deps, after, 'restored', seq, null);
  else if (after.status === 'approved' && before.status === 'review') await notifyReply(deps, after);
}

type VerbInput = Omit<StaffCommentInput, 'verb'>;
export const approveComment = (deps: StaffDeps, i: VerbInput) => staffCommentAction(deps, { ...i, verb: 'approve' });
export const rejectComment = (deps: StaffDeps, i: VerbInput) => staffCommentAction(deps, { ...i, verb: 'reject' });
export const hideComment = (deps: StaffDeps, i: VerbInput) => staffCommentAction(deps, { ...i, verb: 'hide' });
export const restoreComment = (deps: StaffDeps, i: VerbInput) => staffCommentAction(deps, { ...i, verb: 'restore' });
export const featureComment = (deps: StaffDeps, i: VerbInput) => staffCommentAction(deps, { ...i, verb: 'feature' });

export type BulkResult = { id: string; ok: boolean; code?: string; auditSeq?: number };

/** Bulk: each id in its own transaction, so one stale id does not undo the rest; results say which failed and why. */
export async function bulkStaffCommentAction(
  deps: StaffDeps,
  input: { actor: StaffActor; ids: string[]; verb: CommentVerb; reason?: string; note?: string },
): Promise<BulkResult[]> {
  if (input.ids.length > 200) throw new AppError(400, 'too_many_ids', 'At most 200 comments per bulk action.');
  const out: BulkResult[] = [];
  for (const id of [...new Set(input.ids)]) {
    try {
      const r = await staffCommentAction(deps, { actor: input.actor, commentId: id, verb: input.verb, reason: input.reason, note: input.note });
      out.push({ id, ok: true, auditSeq: r.auditSeq });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // A permission refusal is the same for every id: stop rather than report it 200 times.
      if (err.status === 401 || err.status === 403) throw err;
      out.push({ id, ok: false, code: err.code });
    }
  }
  return out;
}
