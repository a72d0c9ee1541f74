// Domain types of Charcha: sites, stories, users, comments and the records around them. A leaf module.
import { LABELS, type Verdict, type ModerationSettings, type Label } from './verdict';
import type { AuditAction } from './auditActions';
import type { GrievanceOfficer } from './grievance';
import type { NotificationSettings } from './notifications';

export type Id = string;
/** ISO-8601 UTC timestamp, e.g. 2026-11-26T08:00:00.000Z */
export type Instant = string;

// One vocabulary of roles, standings, statuses and reasons: const arrays (for schemas, menus and checks) and their
// union types, shared by server, widget and dashboard.
export const ROLES = ['admin', 'moderator', 'grievance_officer', 'commenter'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['admin', 'moderator', 'grievance_officer'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
export const USER_STATUSES = ['active', 'suspended', 'banned'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
/**
 * Where a comment stands. There is no "pending": nothing ever stored it (the engine decides at once: approved,
 * review or rejected), so it was removed rather than kept as a status no code path produces.
 */
export const COMMENT_STATUSES = ['approved', 'review', 'rejected', 'withdrawn', 'removed'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
/** Categories a reader may report a comment under: the engine's labels plus "other". */
export const REPORT_REASONS = [...LABELS, 'other'] as const;
export type ReportReason = Label | 'other';
/** Policy categories staff may give as the reason for a rejection or removal (the author is shown it). */
export const REASON_CATEGORIES = [...LABELS, 'spam', 'personal_data', 'off_topic', 'other'] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];
export type ThreadSort = 'newest' | 'oldest' | 'reactions';

export interface SiteSettings {
  moderation: ModerationSettings;
  /** Minutes an author may edit their comment. */
  editWindowMinutes: number;
  /** Hold every new comment for review. */
  premoderation: boolean;
  /** The published grievance officer; absent or null: comments are closed (postComment answers grievance_officer_not_set). */
  grievanceOfficer?: GrievanceOfficer | null;
  /** With email verification on (config): an unverified local reader's comments are held for review (default) or refused. */
  unverifiedComments?: 'review' | 'refuse';
  /** Readers may register and sign in with a Charcha password; false: only publisher SSO or OIDC (absent: true). */
  localAccounts?: boolean;
  /** Which e-mails the site sends (src/actions/notify.ts); defaults when absent. */
  notifications?: Partial<NotificationSettings>;
  /** Stories close for new comments this many days after they were created (a story may override); absent/0: never. */
  autoCloseDays?: number | null;
}

export interface Site {
  id: Id;
  name: string;
  /** Origins allowed to embed the widget (and create stories), e.g. "https://news.example". */
  origins: string[];
  settings: SiteSettings;
  createdAt: Instant;
}

export interface PolicyVersion {
  siteId: Id;
  version: number;
  text: string;
  createdAt: Instant;
}

export interface Story {
  id: Id;
  siteId: Id;
  url: string;
  title: string;
  closed: boolean;
  premoderation: boolean;
  /** Named people and organisations of the story, handed to the moderation engine. */
  entities: string[];
  /** Who supplied title and entities: a page (provisional), the publisher's signature, or staff (see ensureStory). */
  metadataSource: StoryMetadataSource;
  createdAt: Instant;
  /** Days after createdAt when the story closes for new comments; absent/null: the site's default; 0: never. */
  autoCloseDays?: number | null;
}
export type StoryMetadataSource = 'page' | 'publisher' | 'staff';

export interface User {
  id: Id;
  siteId: Id;
  email: string | null;
  displayName: string;
  passwordHash: string | null;
  /** "<issuer>|<subject>" for publisher SSO users (further linked subjects live in the store's identity table). */
  ssoSubject: string | null;
  /**
   * The email is known to belong to this reader: a publisher's SSO token that says email_verified, or the reader opened
   * the verification link mailed to it (src/actions/accountEmail.ts). Absent means false. Only a verified email is ever linked (ssoLogin).
   */
  emailVerified?: boolean;
  role: Role;
  status: UserStatus;
  suspendedUntil: Instant | null;
  trusted: boolean;
  createdAt: Instant;
}

export interface Session {
  /** SHA-256 of the secret token; the token itself is never stored. */
  tokenHash: string;
  userId: Id;
  kind: 'cookie' | 'bearer';
  csrfToken: string | null;
  /** Shared by the sessions one sign-in opens (bearer and cookie), so logging out ends them together; null before migration 4. */
  signIn: string | null;
  createdAt: Instant;
  expiresAt: Instant;
}

export interface PolicyAcceptance {
  userId: Id;
  siteId: Id;
  version: number;
  at: Instant;
  /** Salted SHA-256 of the client IP. */
  ipHash: string;
}

export interface Comment {
  id: Id;
  siteId: Id;
  storyId: Id;
  parentId: Id | null;
  authorId: Id;
  /** The current revision's text, exactly as the author wrote it. */
  body: string;
  status: CommentStatus;
  moderation: Verdict;
  reactionCount: number;
  replyCount: number;
  reportCount: number;
  featured: boolean;
  /** Why staff rejected/removed it (policy category + note), shown to the author. */
  statusReason: string | null;
  createdAt: Instant;
  editedAt: Instant | null;
}

export interface CommentRevision {
  commentId: Id;
  rev: number;
  body: string;
  at: Instant;
  /**
   * The verdict this revision's text got when it was written; each revision keeps its own (an edit no longer
   * overwrites the evidence for an earlier one). Null only for older revisions stored before verdicts were kept.
   */
  moderation: Verdict | null;
}

export interface Report {
  id: Id;
  commentId: Id;
  reporterId: Id;
  reason: ReportReason;
  note: string;
  at: Instant;
}

export type AppealStatus = 'pending' | 'upheld' | 'restored';
export interface Appeal {
  id: Id;
  commentId: Id;
  authorId: Id;
  note: string;
  status: AppealStatus;
  at: Instant;
  decidedBy: Id | null;
  decidedAt: Instant | null;
  outcomeNote: string | null;
}

/** One entry of the tamper-evident audit log (see src/compliance/audit.ts). */
export interface AuditEntry {
  seq: number;
  at: Instant;
  /** User id or "system". */
  actor: string;
  /** Stable action code from domain/auditActions.ts, e.g. "comment.reject" (a string: old rows may hold retired codes). */
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  rule: string | null;
  /** Hash version: 1 hashes only dataHash (entries written before the data was kept); 2 hashes the data itself. */
  v: 1 | 2;
  /** The action's data as recorded (before/after state, verdict, note); null on v1 entries, which kept only its hash. */
  data: unknown;
  /** The seq of the entry this one undoes; null when it is not an undo. */
  undoes: number | null;
  /** SHA-256 of the canonical JSON of the action's data. */
  dataHash: string;
  prevHash: string;
  hash: string;
}
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash' | 'dataHash' | 'v' | 'data' | 'undoes' | 'action'>
  & { action: AuditAction; data?: unknown; undoes?: number | null };

/** What a verified publisher SSO token says about its reader. */
export interface SsoClaims {
  /** "<issuer>|<subject>", unique per publisher user. */
  subject: string;
  email: string | null;
  /** The token's email_verified claim was literally true. */
  emailVerified: boolean;
  name: string | null;
}
