// The one storage interface. Adapters: store/sqlite (embedded default) and store/postgres. Proven by contract.test.ts.
import type {
  Appeal, AuditDraft, AuditEntry, Comment, CommentRevision, CommentStatus, Id, Instant, PolicyAcceptance,
  PolicyVersion, Report, Session, Site, Story, ThreadSort, User,
} from '../domain/types';
import type { Grievance, GrievanceStatus } from '../domain/grievance';
import type { LegalOrder, OrderStats } from '../domain/legalOrders';
import type { ClaimQuery, JobOutcome, JobRecord, MailOutcome, OutboxMail } from '../domain/work';
import type { EvidenceItem, EvidenceRecord, LegalHold } from '../domain/evidence';
import type { AccountClosure, ConsentRecord, IpSalt } from '../domain/rights';
import type { GrievanceFact } from '../compliance/transparency';
import type { WebhookDelivery, WebhookEndpoint, WebhookOutcome } from '../domain/webhooks';
import type { ImportKind, ImportRecord, ImportSource } from '../domain/imports';
import type { AccountToken, AccountTokenPurpose } from '../domain/accountTokens';
import type { NotificationPrefs } from '../domain/notifications';
import type { StaffStoryQuery, StaffStoryRow } from './sql/staffStories';
import type { ReaderNote } from './sql/readerNotes';

export interface ThreadQuery {
  storyId: Id;
  sort: ThreadSort;
  /** Opaque cursor returned as nextCursor by the previous page. */
  cursor?: string;
  limit: number;
  /** Statuses visible to everyone (normally ['approved']). */
  statuses: CommentStatus[];
  /** The reader, whose own comments are visible whatever their status. */
  viewerId?: Id;
  /** Only comments staff featured (top-level or replies), as a flat list without their replies. */
  featuredOnly?: boolean;
}

export interface QueueQuery {
  siteId: Id;
  statuses?: CommentStatus[];
  /** Only comments with at least one report. */
  reported?: boolean;
  storyId?: Id;
  label?: string;
  target?: string;
  lang?: string;
  authorId?: Id;
  /** Search (case-insensitive substrings): the comment's text, the author's display name, the story's title or URL. */
  text?: string;
  author?: string;
  story?: string;
  limit: number;
  offset?: number;
}

/** A complaint before the store numbers it (ticket and number are assigned by createGrievance). */
export type NewGrievance = Omit<Grievance, 'ticket' | 'number'>;
export interface GrievanceQuery {
  siteId: Id;
  statuses?: GrievanceStatus[];
  limit: number;
}
/** A removed comment's thread as it stood: its parent and its siblings. */
export interface EvidenceThread { parent: Comment | null; siblings: Comment[] }

export interface Store {
  /** Run this adapter's migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Run fn atomically; the store passed to fn is bound to the transaction (nested calls join it). PostgreSQL may
   * run fn again after a deadlock, so keep side effects (events, e-mail) outside fn. Inside fn, getComment, getUser
   * and getSite lock the row until commit (PostgreSQL), so a read-check-write use case decides on the last committed
   * state.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: waits until no other transaction holds the named lock, and holds it until commit (PostgreSQL
   * advisory lock, so nodes starting at once on one database take turns; SQLite already runs one writer at a time).
   */
  lockNamed(name: string): Promise<void>;

  getDefaultSite(): Promise<Site | undefined>;
  getSite(id: Id): Promise<Site | undefined>;
  saveSite(site: Site): Promise<void>; // insert or replace
  addPolicyVersion(p: PolicyVersion): Promise<void>;
  getPolicy(siteId: Id, version?: number): Promise<PolicyVersion | undefined>; // latest when version omitted

  findStoryByUrl(siteId: Id, url: string): Promise<Story | undefined>;
  getStory(id: Id): Promise<Story | undefined>;
  createStory(story: Story): Promise<Story>; // returns the existing story when (siteId, url) exists
  updateStory(id: Id, patch: Partial<Pick<Story, 'title' | 'closed' | 'premoderation' | 'entities' | 'metadataSource' | 'autoCloseDays'>>): Promise<void>;
  /** A number that changes whenever anything a reader sees in the story's thread changes (for ETags). */
  storyVersion(storyId: Id): Promise<number>;

  createUser(user: User): Promise<void>; // rejects a duplicate (siteId, email) or ssoSubject with a StoreConflict
  getUser(id: Id): Promise<User | undefined>;
  findUserByEmail(siteId: Id, email: string): Promise<User | undefined>;
  /** The user whose first SSO subject this is, or to whom it was linked. */
  findUserBySso(siteId: Id, ssoSubject: string): Promise<User | undefined>;
  /** Links a further SSO subject to an account; a subject already linked is a StoreConflict. */
  linkSsoSubject(userId: Id, siteId: Id, ssoSubject: string, at: Instant): Promise<void>;
  updateUser(id: Id, patch: Partial<Omit<User, 'id' | 'siteId' | 'createdAt'>>): Promise<void>;
  listStaff(siteId: Id): Promise<User[]>;

  createSession(s: Session): Promise<void>;
  getSession(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session one sign-in opened (see Session.signIn). */
  deleteSignIn(signIn: string): Promise<void>;

  acceptPolicy(a: PolicyAcceptance): Promise<void>;
  getAcceptance(userId: Id, version: number): Promise<PolicyAcceptance | undefined>;

  insertComment(c: Comment): Promise<void>; // also stores revision 1 (with c.moderation) and bumps the parent's replyCount
  getComment(id: Id): Promise<Comment | undefined>;
  updateComment(id: Id, patch: Partial<Pick<Comment, 'status' | 'moderation' | 'featured' | 'statusReason' | 'body' | 'editedAt'>>): Promise<void>;
  /** A new revision with its own verdict; the caller sets the comment's body and verdict to it in the same transaction. */
  addRevision(r: CommentRevision): Promise<void>;
  listRevisions(commentId: Id): Promise<CommentRevision[]>;
  /**
   * A page of top-level comments in q.sort order, each followed by ALL its visible replies (any depth, oldest first).
   * Visible = status in q.statuses, or written by q.viewerId. Keyset cursor: pages never skip or repeat under inserts.
   * nextCursor is null on the last page; a cursor we did not issue throws AppError 400 `invalid_cursor`.
   */
  listThread(q: ThreadQuery): Promise<{ comments: Comment[]; nextCursor: string | null }>;
  listQueue(q: QueueQuery): Promise<Comment[]>; // filters AND together; highest risk (max label score) first, then oldest
  countQueue(q: Omit<QueueQuery, 'limit' | 'offset'>): Promise<number>;
  listByAuthor(authorId: Id, limit: number): Promise<Comment[]>;

  /** One reaction per user per comment; returns false when it already existed. */
  addReaction(commentId: Id, userId: Id, at: Instant): Promise<boolean>;
  removeReaction(commentId: Id, userId: Id): Promise<boolean>;
  /** One report per reader per comment; returns false (and changes nothing) when this reader already reported it. */
  addReport(r: Report): Promise<boolean>;
  /** Staff have dealt with the reports so far: the comment leaves the Reported queue until a new report arrives. */
  markReportsReviewed(commentId: Id): Promise<void>;
  listReports(commentId: Id): Promise<Report[]>;

  createAppeal(a: Appeal): Promise<void>; // one per comment: a second is a StoreConflict
  getAppealByComment(commentId: Id): Promise<Appeal | undefined>;
  updateAppeal(id: Id, patch: Partial<Pick<Appeal, 'status' | 'decidedBy' | 'decidedAt' | 'outcomeNote'>>): Promise<void>;
  listAppeals(siteId: Id, status?: Appeal['status']): Promise<Appeal[]>;

  /** Append to the hash-chained audit log (computes dataHash, prevHash, hash; assigns seq). */
  appendAudit(draft: AuditDraft): Promise<AuditEntry>;
  listAudit(fromSeq: number, limit: number): Promise<AuditEntry[]>;
  lastAudit(): Promise<AuditEntry | undefined>; // the chain head

  // ---- Deferred work: background jobs (src/jobs/storeQueue.ts) and the mail outbox (src/mail/). ----
  // Both are claimed under a lease: a claim is an atomic UPDATE … WHERE status = 'queued' (or lease lapsed), so two
  // nodes never run the same claim; settling presents the claim's owner token, so a run whose lease lapsed and was
  // taken by another node cannot overwrite that node's outcome.

  /** Schedules a job; false (nothing changes) when a job with the same key exists, whatever its state. */
  insertJob(job: JobRecord): Promise<boolean>;
  /** Claims up to q.limit due jobs among `names`: queued and runAt <= now, or running with a lapsed lease. */
  claimJobs(names: string[], q: ClaimQuery): Promise<JobRecord[]>;
  /** Ends a claimed run; false when the claim is no longer this owner's. */
  settleJob(id: Id, owner: string, outcome: JobOutcome, at: Instant): Promise<boolean>;
  renewJobLease(id: Id, owner: string, leaseUntil: Instant): Promise<boolean>;
  /** When the next job among `names` becomes claimable (a queued runAt or a running job's lease end). */
  nextJobAt(names: string[]): Promise<Instant | undefined>;
  getJob(key: string): Promise<JobRecord | undefined>;

  /** Puts a message in the outbox; false when one with the same key exists. Call it on the caller's transaction. */
  insertMail(mail: OutboxMail): Promise<boolean>;
  /** As claimJobs; a lapsed send that already used maxAttempts is marked dead instead. */
  claimMail(q: ClaimQuery & { maxAttempts: number }): Promise<OutboxMail[]>;
  settleMail(id: Id, owner: string, outcome: MailOutcome, at: Instant): Promise<boolean>;
  nextMailAt(): Promise<Instant | undefined>;
  getMail(key: string): Promise<OutboxMail | undefined>;
  // ---- end of deferred work ----

  // ---- Readers' data rights (src/store/sql/rights.ts): consent ledger, IP salts, closed accounts, a reader's records. ----
  /** Appends one consent ledger entry (give or withdraw); entries are never changed. */
  addConsent(c: ConsentRecord): Promise<void>;
  listConsents(userId: Id): Promise<ConsentRecord[]>; // oldest first
  /** Stores the salt unless its id exists, and returns the stored one (so concurrent nodes agree). */
  ensureIpSalt(s: IpSalt): Promise<IpSalt>;
  listIpSalts(): Promise<IpSalt[]>;
  dropIpSalts(ids: string[]): Promise<number>;
  /** Insert, or update the sealed data and purge time of, an account closure. */
  saveClosure(c: AccountClosure): Promise<void>;
  getClosure(userId: Id): Promise<AccountClosure | undefined>;
  /** Ends every session of the user and unlinks their further SSO subjects. */
  endAccountAccess(userId: Id): Promise<void>;
  listAcceptances(userId: Id): Promise<PolicyAcceptance[]>;
  listReactionsByUser(userId: Id): Promise<{ commentId: Id; at: Instant }[]>;
  listReportsByUser(userId: Id): Promise<Report[]>;
  listAppealsByAuthor(userId: Id): Promise<Appeal[]>;
  /** Every audit entry about one target, oldest first. */
  listAuditFor(targetType: string, targetId: string): Promise<AuditEntry[]>;
  /** Audit entries with one of these codes at or after `from` and before `to`, oldest first. */
  listAuditByActions(actions: string[], from: Instant, to: Instant): Promise<AuditEntry[]>;
  /** The clock fields of complaints received or decided at or after `from` and before `to`. */
  listGrievancesBetween(siteId: Id, from: Instant, to: Instant): Promise<GrievanceFact[]>;
  // ---- end of data rights ----
  // ---- Grievance desk (src/store/sql/grievances.ts) ----
  /** Numbers the complaint (per site and UTC year, under the site row's lock) and stores it. */
  createGrievance(g: NewGrievance): Promise<Grievance>;
  /** Inside a transaction the row is locked until commit (PostgreSQL), so acknowledge/decide decide on the last state. */
  getGrievance(id: Id): Promise<Grievance | undefined>;
  findGrievanceByToken(tokenHash: string): Promise<Grievance | undefined>;
  updateGrievance(id: Id, patch: Partial<Pick<Grievance, 'status' | 'acknowledgedAt' | 'acknowledgedBy' | 'decidedAt' | 'decidedBy' | 'outcome' | 'letter' | 'action'>>): Promise<void>;
  /** Earliest resolve-by first, at most q.limit. */
  listGrievances(q: GrievanceQuery): Promise<Grievance[]>;
  // ---- end of grievance desk ----
  // ---- Legal-order registers: takedown orders and law-enforcement information requests (src/store/sql/orders.ts). ----
  insertLegalOrder(o: LegalOrder): Promise<void>;
  /** Replaces the whole record (status, compliance, confirmation, exports). */
  saveLegalOrder(o: LegalOrder): Promise<void>;
  /** Inside a transaction the row is locked until commit (PostgreSQL), so two complies cannot both run. */
  getLegalOrder(id: Id): Promise<LegalOrder | undefined>;
  /** Open first by nearest deadline, then complied, latest first; at most 500. */
  listLegalOrders(siteId: Id, kind: LegalOrder['kind']): Promise<LegalOrder[]>;
  /** Takedown orders received in [from, to): received / complied / complied within the clock / confidential, counts only. */
  orderStats(siteId: Id, from: Instant, to: Instant): Promise<OrderStats>;
  // ---- end of legal-order registers ----
  // ---- Evidence of removed content (src/actions/preserveEvidence.ts, purgeEvidence.ts; SQL in sql/evidence.ts). ----
  /** Stores a record and its items; call it in the transaction that removes the content. */
  insertEvidence(record: EvidenceRecord, items: EvidenceItem[]): Promise<void>;
  /** Inside a transaction the row is locked (PostgreSQL), so a hold and a purge take turns. */
  getEvidence(id: Id): Promise<EvidenceRecord | undefined>;
  listEvidence(commentId: Id): Promise<EvidenceRecord[]>; // oldest removal first
  listEvidenceItems(recordId: Id): Promise<EvidenceItem[]>; // in idx order; none once purged
  setEvidenceHold(id: Id, hold: LegalHold | null): Promise<void>;
  /** Records not yet purged whose retention ended at or before `now` and that no hold binds at `now` (oldest expiry first). */
  listExpiredEvidence(now: Instant, limit: number): Promise<EvidenceRecord[]>;
  /** Deletes the items, keeps the record (with the item hashes) as a tombstone; false when already purged. */
  purgeEvidence(id: Id, at: Instant, purgeSeq: number): Promise<boolean>;
  /** The parent and up to `limit` siblings of a comment, as they are now. */
  evidenceThread(comment: Pick<Comment, 'id' | 'storyId' | 'parentId'>, limit: number): Promise<EvidenceThread>;
  /** Every audit entry about one target, in seq order. */
  listAuditByTarget(targetType: string, targetId: string): Promise<AuditEntry[]>;
  // ---- end of evidence ----
  // ---- Webhooks (src/webhooks/): configured endpoints and the delivery outbox, claimed under a lease like mail. ----
  saveWebhookEndpoint(e: WebhookEndpoint): Promise<void>; // insert or update by id (site and createdAt never change)
  getWebhookEndpoint(id: Id): Promise<WebhookEndpoint | undefined>;
  listWebhookEndpoints(siteId: Id): Promise<WebhookEndpoint[]>;
  /** Queues one delivery; false when this endpoint already has one for this event. Call it on the event's transaction. */
  insertWebhookDelivery(d: WebhookDelivery): Promise<boolean>;
  claimWebhookDeliveries(q: ClaimQuery & { maxAttempts: number }): Promise<WebhookDelivery[]>;
  settleWebhookDelivery(id: Id, owner: string, outcome: WebhookOutcome, at: Instant): Promise<boolean>;
  nextWebhookAt(): Promise<Instant | undefined>;
  /** Newest first: the dashboard's delivery log. */
  listWebhookDeliveries(siteId: Id, q: { endpointId?: Id; limit: number }): Promise<WebhookDelivery[]>;
  getWebhookDelivery(id: Id): Promise<WebhookDelivery | undefined>;
  // ---- end of webhooks ----

  // ---- Comment counts (count.js) ----
  /** Approved comments per canonical story URL of the site, replies included; a URL with no story is absent. */
  countPublicComments(siteId: Id, urls: string[]): Promise<Record<string, number>>;
  // ---- end of comment counts ----
  // ---- Imports and exports (src/imports, src/exports; SQL in sql/imports.ts). ----
  /** Records an imported thing; false (nothing changes) when (siteId, source, kind, originalId) was imported before. */
  addImportRecord(r: ImportRecord): Promise<boolean>;
  getImportRecord(siteId: Id, source: ImportSource, kind: ImportKind, originalId: string): Promise<ImportRecord | undefined>;
  /** The first import record of a local story, author or comment (what it was in its source). */
  findImportByLocal(kind: ImportKind, localId: Id): Promise<ImportRecord | undefined>;
  /** The oldest imported author with this (lower-cased) email that nobody has claimed. */
  findUnclaimedAuthor(siteId: Id, email: string): Promise<ImportRecord | undefined>;
  /** Marks the imported author `localId` as claimed by `claimedBy`; false when it was already claimed. */
  claimImportedAuthor(localId: Id, claimedBy: Id): Promise<boolean>;
  /** Keyset pages for the exports: stories of a site, and every comment of a story (all statuses), oldest first. */
  listStoriesPage(siteId: Id, after: { createdAt: Instant; id: Id } | null, limit: number): Promise<Story[]>;
  listStoryCommentsPage(storyId: Id, after: { createdAt: Instant; id: Id } | null, limit: number): Promise<Comment[]>;
  // ---- end of imports and exports ----
  // ---- Account tokens: e-mail verification and password reset (src/actions/accountEmail.ts, passwordReset.ts; SQL in sql/accountTokens.ts). ----
  insertAccountToken(t: AccountToken): Promise<void>;
  /** Inside a transaction the row is locked until commit (PostgreSQL). */
  getAccountToken(tokenHash: string): Promise<AccountToken | undefined>;
  /** Marks the token used; false when it was already used or voided (so a token works once, even under a race). */
  useAccountToken(tokenHash: string, at: Instant): Promise<boolean>;
  /** Voids every unused token of this user and purpose; returns how many. */
  voidAccountTokens(userId: Id, purpose: AccountTokenPurpose, at: Instant): Promise<number>;
  /** Tokens of this user and purpose created at or after `since`, used or not (per-account mail limits). */
  countAccountTokens(userId: Id, purpose: AccountTokenPurpose, since: Instant): Promise<number>;
  /** Ends every session of the user (a password reset); SSO links stay. Returns how many ended. */
  deleteUserSessions(userId: Id): Promise<number>;
  // ---- end of account tokens ----
  // ---- A signed-in reader's overlay on the shared thread page (src/http/threadOverlay.ts; SQL in sql/overlay.ts). ----
  /** The author's comments in the story whose status is none of `visible` (held, rejected, …), each with its root's id. */
  listOwnHidden(storyId: Id, authorId: Id, visible: readonly CommentStatus[]): Promise<OwnHidden[]>;
  /** Which of these comments the user reacted to. */
  reactedAmong(userId: Id, commentIds: readonly Id[]): Promise<Id[]>;
  // ---- end of overlay ----
  // ---- Notifications (src/actions/notify.ts; SQL in sql/notifications.ts). ----
  getNotificationPrefs(userId: Id): Promise<NotificationPrefs | undefined>;
  saveNotificationPrefs(p: NotificationPrefs): Promise<void>; // insert or replace
  /** Marks a threshold alert fired; false when it already had fired (so it goes out once per crossing). */
  fireAlert(siteId: Id, name: string, at: Instant): Promise<boolean>;
  /** Re-arms a threshold alert; true when it had fired. */
  armAlert(siteId: Id, name: string): Promise<boolean>;
  /** The oldest comment held for review (status review). */
  oldestInQueue(siteId: Id): Promise<Comment | undefined>;
  // deleteUserSessions ("sign out everywhere") is declared with the account tokens above.
  // ---- end of notifications ----
  // ---- Policy texts per language (sql/policyTexts.ts): policy_versions holds the base (English) text of each version. ----
  /** Inserts, or replaces, the text of one language for one policy version. */
  putPolicyText(t: PolicyText): Promise<void>;
  getPolicyText(siteId: Id, version: number, lang: string): Promise<PolicyText | undefined>;
  /** Every language's text of one version, by language. */
  listPolicyTexts(siteId: Id, version: number): Promise<PolicyText[]>;
  // ---- end of policy texts ----
  // ---- Dashboard stories page (sql/staffStories.ts) ----
  /** A site's stories, newest first, with approved and in-review comment counts; q matches the title or the URL. */
  listStaffStories(q: StaffStoryQuery): Promise<{ stories: StaffStoryRow[]; total: number }>;
  // ---- end of stories page ----
  // ---- Notes on a reader (sql/readerNotes.ts) ----
  addReaderNote(n: ReaderNote): Promise<void>;
  /** The reader's notes, oldest first. */
  listReaderNotes(userId: Id): Promise<ReaderNote[]>;
  // ---- end of reader notes ----
}

/** The policy notice of one version in one language other than the base text's. */
export interface PolicyText {
  siteId: Id;
  version: number;
  /** BCP 47 primary language, e.g. "hi". */
  lang: string;
  text: string;
  createdAt: Instant;
}

/** One of a reader's own comments the public cannot see, and the top-level comment of its thread (itself when top-level). */
export interface OwnHidden { comment: Comment; rootId: Id }

/** Thrown by adapters when a unique constraint is violated; `constraint` is the same index name on both engines. */
export class StoreConflict extends Error {
  constructor(message: string, readonly constraint: string) {
    super(message);
    this.name = 'StoreConflict';
  }
}
