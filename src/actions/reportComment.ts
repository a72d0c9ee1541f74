// A reader reports a comment under one of the policy's categories, with a free-text note.
import { randomUUID } from 'node:crypto';
import type { Report, ReportReason, User } from '../domain/types';
import { notFound } from '../domain/errors';
import type { Store } from '../store/store';

export async function reportComment(
  deps: { store: Store; now: () => Date },
  input: { user: User; commentId: string; reason: ReportReason; note: string },
): Promise<Report> {
  const comment = await deps.store.getComment(input.commentId);
  const visible = comment && (comment.status === 'approved' || comment.authorId === input.user.id);
  if (!comment || comment.siteId !== input.user.siteId || !visible) throw notFound('Comment');
  const report: Report = { id: randomUUID(), commentId: comment.id, reporterId: input.user.id, reason: input.reason, note: input.note, at: deps.now().toISOString() };
  await deps.store.transaction(async (tx) => {
    await tx.addReport(report);
    await tx.appendAudit({ at: report.at, actor: input.user.id, action: 'comment.report', targetType: 'comment', targetId: comment.id, reason: input.reason, rule: null, data: { reportId: report.id } });
  });
  return report;
}
