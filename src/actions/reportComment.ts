// A reader reports a comment under one of the policy's categories, with a free-text note.
import { randomUUID } from 'node:crypto';
import type { Report, ReportReason, User } from '../domain/types';
import { conflict, notFound } from '../domain/errors';
import { canSeeComment } from '../domain/permissions';
import type { Store } from '../store/store';
import { emitWebhookEvent } from '../webhooks/emit';

const alreadyReported = () => conflict('already_reported', 'You have already reported this comment.');

export async function reportComment(
  deps: { store: Store; now: () => Date },
  input: { user: User; commentId: string; reason: ReportReason; note: string },
): Promise<Report> {
  const comment = await deps.store.getComment(input.commentId);
  if (!comment || comment.siteId !== input.user.siteId || !canSeeComment(input.user, comment)) throw notFound('Comment');
  // Reports stay open on closed stories: their comments are still read, and unlawful ones must still reach staff.
  const report: Report = { id: randomUUID(), commentId: comment.id, reporterId: input.user.id, reason: input.reason, note: input.note, at: deps.now().toISOString() };
  await deps.store.transaction(async (tx) => {
    // One report per reader per comment (a unique index decides under races): a second one creates nothing.
    if (!(await tx.addReport(report))) throw alreadyReported();
    await tx.appendAudit({ at: report.at, actor: input.user.id, action: 'comment.report', targetType: 'comment', targetId: comment.id, reason: input.reason, rule: null, data: { reportId: report.id } });
    await emitWebhookEvent({ store: tx, now: deps.now }, 'report.created', { siteId: comment.siteId, reportId: report.id, commentId: comment.id, storyId: comment.storyId, reason: report.reason, at: report.at });
  });
  return report;
}
