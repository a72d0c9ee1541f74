// Row ↔ domain mapping shared by both engines: JSON in TEXT columns, booleans as 0/1 or true/false, ISO text times.
import type {
  Appeal, AuditEntry, Comment, CommentRevision, PolicyAcceptance, PolicyVersion, Report, Session, Site, Story, User,
} from '../../domain/types';
import type { Verdict } from '../../moderation/types';
import type { Row } from './executor';

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';
const num = (v: unknown): number => Number(v);

export const site = (r: Row): Site => ({
  id: r.id, name: r.name, origins: JSON.parse(r.origins), settings: JSON.parse(r.settings), createdAt: r.created_at,
});

export const policy = (r: Row): PolicyVersion => ({
  siteId: r.site_id, version: num(r.version), text: r.text, createdAt: r.created_at,
});

export const story = (r: Row): Story => ({
  id: r.id, siteId: r.site_id, url: r.url, title: r.title, closed: bool(r.closed), premoderation: bool(r.premoderation),
  entities: JSON.parse(r.entities), metadataSource: r.metadata_source ?? 'page', createdAt: r.created_at,
  ...(r.auto_close_days !== null && r.auto_close_days !== undefined ? { autoCloseDays: num(r.auto_close_days) } : {}),
});

export const user = (r: Row): User => ({
  id: r.id, siteId: r.site_id, email: r.email, displayName: r.display_name, passwordHash: r.password_hash,
  ssoSubject: r.sso_subject, role: r.role, status: r.status, suspendedUntil: r.suspended_until,
  trusted: bool(r.trusted), emailVerified: bool(r.email_verified), createdAt: r.created_at,
});

/** Column name of each patchable User field. */
export const userColumns: Record<string, string> = {
  email: 'email', displayName: 'display_name', passwordHash: 'password_hash', ssoSubject: 'sso_subject', role: 'role',
  status: 'status', suspendedUntil: 'suspended_until', trusted: 'trusted', emailVerified: 'email_verified',
};

export const session = (r: Row): Session => ({
  tokenHash: r.token_hash, userId: r.user_id, kind: r.kind, csrfToken: r.csrf_token, signIn: r.sign_in ?? null,
  createdAt: r.created_at, expiresAt: r.expires_at,
});

export const acceptance = (r: Row): PolicyAcceptance => ({
  userId: r.user_id, siteId: r.site_id, version: num(r.version), at: r.at, ipHash: r.ip_hash,
});

export const comment = (r: Row): Comment => ({
  id: r.id, siteId: r.site_id, storyId: r.story_id, parentId: r.parent_id, authorId: r.author_id, body: r.body,
  status: r.status, moderation: JSON.parse(r.moderation), reactionCount: num(r.reaction_count),
  replyCount: num(r.reply_count), reportCount: num(r.report_count), featured: bool(r.featured),
  statusReason: r.status_reason, createdAt: r.created_at, editedAt: r.edited_at,
});

/** The searchable columns derived from a verdict (labels/targets as ",a,b," so LIKE '%,a,%' finds one). */
export function verdictColumns(v: Verdict): { moderation: string; decision: string; labels: string; targets: string; lang: string; risk: number } {
  const scores = Object.values(v.scores ?? {}).filter((s): s is number => typeof s === 'number');
  return {
    moderation: JSON.stringify(v),
    decision: v.decision,
    labels: `,${v.labels.join(',')},`,
    targets: `,${v.targets.join(',')},`,
    lang: v.lang,
    risk: scores.length ? Math.max(...scores) : 0,
  };
}

export const revision = (r: Row): CommentRevision => ({
  commentId: r.comment_id, rev: num(r.rev), body: r.body, at: r.at, moderation: r.moderation ? JSON.parse(r.moderation) : null,
});

export const report = (r: Row): Report => ({
  id: r.id, commentId: r.comment_id, reporterId: r.reporter_id, reason: r.reason, note: r.note, at: r.at,
});

export const appeal = (r: Row): Appeal => ({
  id: r.id, commentId: r.comment_id, authorId: r.author_id, note: r.note, status: r.status, at: r.at,
  decidedBy: r.decided_by, decidedAt: r.decided_at, outcomeNote: r.outcome_note,
});

export const audit = (r: Row): AuditEntry => ({
  seq: num(r.seq), at: r.at, actor: r.actor, action: r.action, targetType: r.target_type, targetId: r.target_id,
  reason: r.reason, rule: r.rule, v: num(r.v ?? 1) === 2 ? 2 : 1,
  // v1 rows kept only the data's hash; v2 rows keep the canonical JSON that is hashed.
  data: r.data == null ? null : JSON.parse(r.data), undoes: r.undoes == null ? null : num(r.undoes),
  dataHash: r.data_hash, prevHash: r.prev_hash, hash: r.hash,
});
