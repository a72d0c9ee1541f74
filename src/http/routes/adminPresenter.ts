// Pure presenters for the staff API: what the dashboard may see of comments, authors, appeals and audit entries.
import type { Static } from '@sinclair/typebox';
import type { Appeal, AuditEntry, Comment, CommentRevision, Report, Story, User } from '../../domain/types';
import type { Verdict } from '../../moderation/types';
import { parseStatusReason } from '../../actions/staffDeps';
import type {
  AdminAppealSchema, AdminAuthorSchema, AdminCommentSchema, AdminReportSchema, AdminStorySchema, AuthorHistorySchema, AuthorNoticeSchema,
  PublicLogEntrySchema, RevisionSchema,
} from '../adminSchemas';

// The API types are Static<typeof …> of the response schemas, so what a presenter builds is what the serializer sends.
export type AdminAuthor = Static<typeof AdminAuthorSchema>;
export type AdminStory = Static<typeof AdminStorySchema>;
export type AdminComment = Static<typeof AdminCommentSchema>;
export type AdminReport = Static<typeof AdminReportSchema>;
export type AuthorHistory = Static<typeof AuthorHistorySchema>;
export type AdminAppeal = Static<typeof AdminAppealSchema>;
export type AuthorNotice = Static<typeof AuthorNoticeSchema>;
export type PublicLogEntry = Static<typeof PublicLogEntrySchema>;

/** Risk = strongest label score, plus 0.1 per report up to +0.5, plus 0.2 when the engine held or rejected it. */
export function riskOf(c: Comment): number {
  const scores = Object.values(c.moderation?.scores ?? {}).filter((n): n is number => typeof n === 'number');
  const top = scores.length ? Math.max(...scores) : 0;
  const held = c.moderation?.decision && c.moderation.decision !== 'approve' ? 0.2 : 0;
  return Math.round(Math.min(1.7, top + Math.min(0.5, 0.1 * (c.reportCount ?? 0)) + held) * 1000) / 1000;
}

const emptyVerdict: Verdict = { decision: 'approve', labels: [], targets: [], scores: {}, spans: [], rule: 'none', modelVersion: '', policyVersion: '', lang: 'en' };

export function presentAuthor(u: User): AdminAuthor {
  // Email and SSO subject are personal data the queue does not need; the detail view adds nothing more.
  return { id: u.id, displayName: u.displayName, status: u.status, trusted: u.trusted, role: u.role, suspendedUntil: u.suspendedUntil };
}

export function presentStory(s: Story): AdminStory {
  return { id: s.id, title: s.title, url: s.url, closed: s.closed, premoderation: s.premoderation, entities: s.entities, metadataSource: s.metadataSource, autoCloseDays: s.autoCloseDays ?? null };
}

export function presentAdminComment(c: Comment, extra: { author?: User; story?: Story; reports?: Report[] } = {}): AdminComment {
  const out: AdminComment = {
    id: c.id, storyId: c.storyId, parentId: c.parentId, body: c.body, status: c.status, statusReason: c.statusReason,
    featured: c.featured, reportCount: c.reportCount, replyCount: c.replyCount, reactionCount: c.reactionCount,
    createdAt: c.createdAt, editedAt: c.editedAt, moderation: c.moderation ?? emptyVerdict, risk: riskOf(c),
  };
  if (extra.author) out.author = presentAuthor(extra.author);
  if (extra.story) out.story = presentStory(extra.story);
  if (extra.reports) {
    out.reportReasons = {};
    for (const r of extra.reports) out.reportReasons[r.reason] = (out.reportReasons[r.reason] ?? 0) + 1;
  }
  return out;
}

export const presentReport = (r: Report): AdminReport => ({ id: r.id, reason: r.reason, note: r.note, at: r.at, reporterId: r.reporterId });
/** Each revision with the verdict it got when written (null for revisions stored before verdicts were kept). */
export const presentRevision = (r: CommentRevision): Static<typeof RevisionSchema> => ({ rev: r.rev, body: r.body, at: r.at, moderation: r.moderation });

export function authorHistory(author: User, comments: Comment[]): AuthorHistory {
  const decisions: Record<string, number> = {};
  for (const c of comments) decisions[c.status] = (decisions[c.status] ?? 0) + 1;
  return {
    total: comments.length, decisions, strikes: (decisions.rejected ?? 0) + (decisions.removed ?? 0), trusted: author.trusted,
    recent: comments.slice(0, 10).map((c) => ({ id: c.id, status: c.status, createdAt: c.createdAt, statusReason: c.statusReason })),
  };
}

export function presentAppeal(a: Appeal, comment?: AdminComment): AdminAppeal {
  return { id: a.id, commentId: a.commentId, note: a.note, status: a.status, at: a.at, decidedAt: a.decidedAt, outcomeNote: a.outcomeNote, comment };
}

/** What the author sees about their own comment: the decision, the policy category and the engine's rule. */
export function authorNotice(c: Comment, appeal: Appeal | undefined): AuthorNotice {
  const { category, note } = parseStatusReason(c.statusReason);
  const actionable = c.status === 'rejected' || c.status === 'removed';
  return {
    commentId: c.id, status: c.status, category, note, rule: c.moderation?.rule ?? null, labels: c.moderation?.labels ?? [],
    canAppeal: actionable && !appeal,
    appeal: appeal ? { status: appeal.status, note: appeal.note, at: appeal.at, decidedAt: appeal.decidedAt, outcomeNote: appeal.outcomeNote } : null,
  };
}

/** Public moderation log row: no actor, no free text, no personal data. User targets are not named either. */
export function presentPublicEntry(e: AuditEntry): PublicLogEntry {
  return {
    seq: e.seq, at: e.at, action: e.action, targetType: e.targetType,
    targetId: e.targetType === 'comment' || e.targetType === 'story' ? e.targetId : null,
    reason: e.reason, rule: e.rule, hash: e.hash,
  };
}
