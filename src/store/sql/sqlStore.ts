// The Store implemented once in portable SQL (`?` placeholders, ON CONFLICT, RETURNING); engines supply a Dialect.
import type {
  Appeal, AuditDraft, AuditEntry, Comment, CommentRevision, Id, Instant, PolicyAcceptance, PolicyVersion, Report,
  Session, Site, Story, User,
} from '../../domain/types';
import { GENESIS_HASH, canonicalJson, entryHash, sha256Hex } from '../../compliance/audit';
import type { QueueQuery, Store, ThreadQuery } from '../store';
import type { Dialect, Executor, Param } from './executor';
import * as rows from './rows';
import { countQueue, listQueue, listThread } from './thread';
import * as work from './work';
import * as rights from './rights';
import type { AccountClosure, ConsentRecord, IpSalt } from '../../domain/rights';
import * as grievances from './grievances';
import { ticketOf } from '../../compliance/grievances';
import type { GrievanceQuery, NewGrievance, PolicyText } from '../store';
import type { Grievance } from '../../domain/grievance';
import * as orders from './orders';
import type { LegalOrder } from '../../domain/legalOrders';
import * as evidence from './evidence';
import type { EvidenceItem, EvidenceRecord, LegalHold } from '../../domain/evidence';
import * as hooks from './webhooks';
import { countPublicComments } from './counts';
import { listStaffStories, type StaffStoryQuery } from './staffStories';
import * as readerNotes from './readerNotes';
import type { ReaderNote } from './readerNotes';
import type { WebhookDelivery, WebhookEndpoint, WebhookOutcome } from '../../domain/webhooks';
import * as imports from './imports';
import * as overlay from './overlay';
import * as notifications from './notifications';
import type { NotificationPrefs } from '../../domain/notifications';
import * as policyTexts from './policyTexts';
import type { ImportKind, ImportRecord, ImportSource } from '../../domain/imports';
import * as accountTokens from './accountTokens';
import type { AccountToken, AccountTokenPurpose } from '../../domain/accountTokens';
import type { CommentStatus } from '../../domain/types';
import type { ClaimQuery, JobOutcome, JobRecord, MailOutcome, OutboxMail } from '../../domain/work';

/** `SET a = ?, b = ?` from the defined keys of a patch; null when nothing would change. */
function setClause(patch: Record<string, unknown>, columns: Record<string, string>): { sql: string; params: Param[] } | null {
  const sets: string[] = [];
  const params: Param[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const col = columns[key];
    if (!col || value === undefined) continue;
    sets.push(`${col} = ?`);
    params.push(value as Param);
  }
  return sets.length ? { sql: sets.join(', '), params } : null;
}

const bumpStory = 'UPDATE stories SET version = version + 1 WHERE id = ?';
const bumpStoryOf = 'UPDATE stories SET version = version + 1 WHERE id = (SELECT story_id FROM comments WHERE id = ?)';

export class SqlStore implements Store {
  constructor(private readonly exec: Executor, private readonly dialect: Dialect, private readonly inTx = false) {}

  /**
   * The row lock of a read inside a PostgreSQL transaction (SQLite already runs one writing transaction at a time).
   * NO KEY UPDATE, not UPDATE: it still serialises every read-modify-write of the row, but does not conflict with the
   * KEY SHARE lock a foreign key check takes. With FOR UPDATE, a reply that reads the parent's author (to notify them)
   * deadlocked against that author's own concurrent post, whose comment row references their user row.
   */
  private rowLock() { return this.inTx && this.dialect.name === 'postgres' ? ' FOR NO KEY UPDATE' : ''; }
  migrate() { return this.dialect.migrate(); }
  close() { return this.dialect.close(); }

  /** Nested calls on a transaction-bound store simply run inside the outer transaction. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    return this.dialect.transaction((exec) => fn(new SqlStore(exec, this.dialect, true)));
  }

  private atomic<T>(fn: (exec: Executor) => Promise<T>): Promise<T> {
    return this.inTx ? fn(this.exec) : this.dialect.transaction(fn);
  }

  // Sites and policy

  async lockNamed(name: string) {
    if (!this.inTx) throw new Error('lockNamed: only inside a transaction');
    if (this.dialect.name === 'postgres') await this.exec.get('SELECT 1 AS held FROM (SELECT pg_advisory_xact_lock(hashtext(?))) AS l', [`charcha.${name}`]);
  }
  async getDefaultSite() {
    const r = await this.exec.get('SELECT * FROM sites ORDER BY created_at, id LIMIT 1');
    return r && rows.site(r);
  }
  async getSite(id: Id) {
    // Inside a transaction: settings changes and policy publishing read the site to change it; lock it (PostgreSQL).
    const r = await this.exec.get(`SELECT * FROM sites WHERE id = ?${this.rowLock()}`, [id]);
    return r && rows.site(r);
  }
  async saveSite(s: Site) {
    await this.exec.run(
      `INSERT INTO sites (id, name, origins, settings, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, origins = excluded.origins, settings = excluded.settings`,
      [s.id, s.name, JSON.stringify(s.origins), JSON.stringify(s.settings), s.createdAt],
    );
  }
  async addPolicyVersion(p: PolicyVersion) {
    await this.exec.run('INSERT INTO policy_versions (site_id, version, text, created_at) VALUES (?, ?, ?, ?)',
      [p.siteId, p.version, p.text, p.createdAt]);
  }
  async getPolicy(siteId: Id, version?: number) {
    const r = version === undefined
      ? await this.exec.get('SELECT * FROM policy_versions WHERE site_id = ? ORDER BY version DESC LIMIT 1', [siteId])
      : await this.exec.get('SELECT * FROM policy_versions WHERE site_id = ? AND version = ?', [siteId, version]);
    return r && rows.policy(r);
  }

  // Stories

  async findStoryByUrl(siteId: Id, url: string) {
    const r = await this.exec.get('SELECT * FROM stories WHERE site_id = ? AND url = ?', [siteId, url]);
    return r && rows.story(r);
  }
  async getStory(id: Id) {
    const r = await this.exec.get('SELECT * FROM stories WHERE id = ?', [id]);
    return r && rows.story(r);
  }
  async createStory(s: Story): Promise<Story> {
    // Two first loads of the same page race here; the loser gets the winner's story.
    await this.exec.run(
      `INSERT INTO stories (id, site_id, url, title, closed, premoderation, entities, metadata_source, version, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (site_id, url) DO NOTHING`,
      [s.id, s.siteId, s.url, s.title, s.closed, s.premoderation, JSON.stringify(s.entities), s.metadataSource, s.createdAt],
    );
    return (await this.findStoryByUrl(s.siteId, s.url))!;
  }
  async updateStory(id: Id, patch: Partial<Pick<Story, 'title' | 'closed' | 'premoderation' | 'entities' | 'metadataSource' | 'autoCloseDays'>>) {
    const p = { ...patch, entities: patch.entities && JSON.stringify(patch.entities) };
    const set = setClause(p, { title: 'title', closed: 'closed', premoderation: 'premoderation', entities: 'entities', metadataSource: 'metadata_source', autoCloseDays: 'auto_close_days' });
    if (!set) return;
    await this.exec.run(`UPDATE stories SET ${set.sql}, version = version + 1 WHERE id = ?`, [...set.params, id]);
  }
  async storyVersion(storyId: Id) {
    const r = await this.exec.get('SELECT version FROM stories WHERE id = ?', [storyId]);
    return r ? Number(r.version) : 0;
  }

  // Users, sessions, acceptances

  async createUser(u: User) {
    await this.exec.run(
      `INSERT INTO users (id, site_id, email, display_name, password_hash, sso_subject, role, status, suspended_until, trusted, email_verified, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [u.id, u.siteId, u.email, u.displayName, u.passwordHash, u.ssoSubject, u.role, u.status, u.suspendedUntil, u.trusted, u.emailVerified ?? false, u.createdAt],
    );
  }
  async getUser(id: Id) {
    // As getComment: read inside a transaction in order to change it (staff verbs on a user), so lock it on PostgreSQL.
    const r = await this.exec.get(`SELECT * FROM users WHERE id = ?${this.rowLock()}`, [id]);
    return r && rows.user(r);
  }
  async findUserByEmail(siteId: Id, email: string) {
    const r = await this.exec.get('SELECT * FROM users WHERE site_id = ? AND email = ?', [siteId, email]);
    return r && rows.user(r);
  }
  async findUserBySso(siteId: Id, ssoSubject: string) {
    // The account's first subject, or one linked to it later (same verified email, see ssoLogin).
    const r = await this.exec.get('SELECT * FROM users WHERE site_id = ? AND sso_subject = ?', [siteId, ssoSubject])
      ?? await this.exec.get('SELECT u.* FROM sso_identities i JOIN users u ON u.id = i.user_id WHERE i.site_id = ? AND i.subject = ?', [siteId, ssoSubject]);
    return r && rows.user(r);
  }
  async linkSsoSubject(userId: Id, siteId: Id, ssoSubject: string, at: Instant) {
    await this.exec.run('INSERT INTO sso_identities (site_id, subject, user_id, created_at) VALUES (?, ?, ?, ?)', [siteId, ssoSubject, userId, at]);
  }
  async updateUser(id: Id, patch: Partial<Omit<User, 'id' | 'siteId' | 'createdAt'>>) {
    const set = setClause(patch, rows.userColumns);
    if (set) await this.exec.run(`UPDATE users SET ${set.sql} WHERE id = ?`, [...set.params, id]);
  }
  async listStaff(siteId: Id) {
    const rs = await this.exec.all("SELECT * FROM users WHERE site_id = ? AND role <> 'commenter' ORDER BY created_at, id", [siteId]);
    return rs.map(rows.user);
  }
  async createSession(s: Session) {
    await this.exec.run('INSERT INTO sessions (token_hash, user_id, kind, csrf_token, sign_in, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [s.tokenHash, s.userId, s.kind, s.csrfToken, s.signIn, s.createdAt, s.expiresAt]);
  }
  async getSession(tokenHash: string) {
    const r = await this.exec.get('SELECT * FROM sessions WHERE token_hash = ?', [tokenHash]);
    return r && rows.session(r);
  }
  async deleteSession(tokenHash: string) {
    await this.exec.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
  }
  async deleteSignIn(signIn: string) {
    await this.exec.run('DELETE FROM sessions WHERE sign_in = ?', [signIn]);
  }
  async acceptPolicy(a: PolicyAcceptance) {
    // Accepting the same version twice keeps the first record: that is the moment that counts.
    await this.exec.run(
      'INSERT INTO policy_acceptances (user_id, site_id, version, at, ip_hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, version) DO NOTHING',
      [a.userId, a.siteId, a.version, a.at, a.ipHash],
    );
  }
  async getAcceptance(userId: Id, version: number) {
    const r = await this.exec.get('SELECT * FROM policy_acceptances WHERE user_id = ? AND version = ?', [userId, version]);
    return r && rows.acceptance(r);
  }

  // Comments

  insertComment(c: Comment) {
    return this.atomic(async (exec) => {
      let rootId = c.id;
      if (c.parentId) {
        const parent = await exec.get('SELECT root_id, story_id FROM comments WHERE id = ?', [c.parentId]);
        if (!parent || parent.story_id !== c.storyId) throw new Error(`insertComment: parent ${c.parentId} is not a comment of story ${c.storyId}`);
        rootId = parent.root_id;
      }
      const v = rows.verdictColumns(c.moderation);
      await exec.run(
        `INSERT INTO comments (id, site_id, story_id, parent_id, root_id, author_id, body, status, moderation, decision, labels,
           targets, lang, risk, reaction_count, reply_count, report_count, featured, status_reason, created_at, edited_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [c.id, c.siteId, c.storyId, c.parentId, rootId, c.authorId, c.body, c.status, v.moderation, v.decision, v.labels,
          v.targets, v.lang, v.risk, c.reactionCount, c.replyCount, c.reportCount, c.featured, c.statusReason, c.createdAt, c.editedAt],
      );
      await exec.run('INSERT INTO comment_revisions (comment_id, rev, body, at, moderation, decision) VALUES (?, 1, ?, ?, ?, ?)',
        [c.id, c.body, c.createdAt, v.moderation, v.decision]);
      if (c.parentId) await exec.run('UPDATE comments SET reply_count = reply_count + 1 WHERE id = ?', [c.parentId]);
      await exec.run(bumpStory, [c.storyId]);
    });
  }
  async getComment(id: Id) {
    // Inside a transaction every use case reads a comment in order to change it (moderate, undo, appeal, edit): on
    // PostgreSQL lock the row, so a second such transaction waits and then sees the first one's result instead of
    // deciding on a stale status (three simultaneous approvals or undos all succeeded). SQLite runs one writer at a time.
    const r = await this.exec.get(`SELECT * FROM comments WHERE id = ?${this.rowLock()}`, [id]);
    return r && rows.comment(r);
  }
  updateComment(id: Id, patch: Partial<Pick<Comment, 'status' | 'moderation' | 'featured' | 'statusReason' | 'body' | 'editedAt'>>) {
    const { moderation, ...rest } = patch;
    const p: Record<string, unknown> = { ...rest, ...(moderation ? rows.verdictColumns(moderation) : {}) };
    const set = setClause(p, {
      status: 'status', featured: 'featured', statusReason: 'status_reason', body: 'body', editedAt: 'edited_at',
      moderation: 'moderation', decision: 'decision', labels: 'labels', targets: 'targets', lang: 'lang', risk: 'risk',
    });
    if (!set) return Promise.resolve();
    return this.atomic(async (exec) => {
      await exec.run(`UPDATE comments SET ${set.sql} WHERE id = ?`, [...set.params, id]);
      await exec.run(bumpStoryOf, [id]);
    });
  }
  async addRevision(r: CommentRevision) {
    const v = r.moderation ? rows.verdictColumns(r.moderation) : null;
    await this.exec.run('INSERT INTO comment_revisions (comment_id, rev, body, at, moderation, decision) VALUES (?, ?, ?, ?, ?, ?)',
      [r.commentId, r.rev, r.body, r.at, v?.moderation ?? null, v?.decision ?? null]);
  }
  async listRevisions(commentId: Id) {
    return (await this.exec.all('SELECT * FROM comment_revisions WHERE comment_id = ? ORDER BY rev', [commentId])).map(rows.revision);
  }
  listThread(q: ThreadQuery) { return listThread(this.exec, q); }
  listQueue(q: QueueQuery) { return listQueue(this.exec, q); }
  countQueue(q: Omit<QueueQuery, 'limit' | 'offset'>) { return countQueue(this.exec, q); }
  async listByAuthor(authorId: Id, limit: number) {
    const rs = await this.exec.all('SELECT * FROM comments WHERE author_id = ? ORDER BY created_at DESC, id DESC LIMIT ?', [authorId, limit]);
    return rs.map(rows.comment);
  }

  // Reactions and reports: the counter, the row and the story version move together.

  addReaction(commentId: Id, userId: Id, at: Instant) {
    return this.atomic(async (exec) => {
      const added = await exec.run('INSERT INTO reactions (comment_id, user_id, at) VALUES (?, ?, ?) ON CONFLICT (comment_id, user_id) DO NOTHING',
        [commentId, userId, at]);
      if (!added) return false;
      await exec.run('UPDATE comments SET reaction_count = reaction_count + 1 WHERE id = ?', [commentId]);
      await exec.run(bumpStoryOf, [commentId]);
      return true;
    });
  }
  removeReaction(commentId: Id, userId: Id) {
    return this.atomic(async (exec) => {
      const removed = await exec.run('DELETE FROM reactions WHERE comment_id = ? AND user_id = ?', [commentId, userId]);
      if (!removed) return false;
      await exec.run('UPDATE comments SET reaction_count = reaction_count - 1 WHERE id = ?', [commentId]);
      await exec.run(bumpStoryOf, [commentId]);
      return true;
    });
  }
  addReport(r: Report) {
    return this.atomic(async (exec) => {
      // The unique index reports_comment_reporter keeps one report per reader; a repeat (or a racing twin) is a no-op.
      const added = await exec.run(
        'INSERT INTO reports (id, comment_id, reporter_id, reason, note, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (comment_id, reporter_id) DO NOTHING',
        [r.id, r.commentId, r.reporterId, r.reason, r.note, r.at]);
      if (!added) return false;
      await exec.run('UPDATE comments SET report_count = report_count + 1 WHERE id = ?', [r.commentId]);
      await exec.run(bumpStoryOf, [r.commentId]);
      return true;
    });
  }
  async markReportsReviewed(commentId: Id) {
    await this.exec.run('UPDATE comments SET reports_reviewed = report_count WHERE id = ?', [commentId]);
  }
  async listReports(commentId: Id) {
    return (await this.exec.all('SELECT * FROM reports WHERE comment_id = ? ORDER BY at, id', [commentId])).map(rows.report);
  }

  // Appeals

  async createAppeal(a: Appeal) {
    await this.exec.run(
      `INSERT INTO appeals (id, comment_id, author_id, note, status, at, decided_by, decided_at, outcome_note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [a.id, a.commentId, a.authorId, a.note, a.status, a.at, a.decidedBy, a.decidedAt, a.outcomeNote],
    );
  }
  async getAppealByComment(commentId: Id) {
    const r = await this.exec.get('SELECT * FROM appeals WHERE comment_id = ?', [commentId]);
    return r && rows.appeal(r);
  }
  async updateAppeal(id: Id, patch: Partial<Pick<Appeal, 'status' | 'decidedBy' | 'decidedAt' | 'outcomeNote'>>) {
    const set = setClause(patch, { status: 'status', decidedBy: 'decided_by', decidedAt: 'decided_at', outcomeNote: 'outcome_note' });
    if (set) await this.exec.run(`UPDATE appeals SET ${set.sql} WHERE id = ?`, [...set.params, id]);
  }
  async listAppeals(siteId: Id, status?: Appeal['status']) {
    const params: Param[] = [siteId];
    let sql = 'SELECT a.* FROM appeals a JOIN comments c ON c.id = a.comment_id WHERE c.site_id = ?';
    if (status) { sql += ' AND a.status = ?'; params.push(status); }
    return (await this.exec.all(`${sql} ORDER BY a.at, a.id`, params)).map(rows.appeal);
  }

  // Audit log: read the head and append under the dialect's lock, in one transaction, so the chain cannot fork.

  appendAudit(draft: AuditDraft): Promise<AuditEntry> {
    return this.atomic(async (exec) => {
      await this.dialect.lockAudit(exec);
      const head = await exec.get('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
      const prevHash: string = head?.hash ?? GENESIS_HASH;
      const dataJson = canonicalJson(draft.data ?? null);
      const body = {
        seq: head ? Number(head.seq) + 1 : 1, at: draft.at, actor: draft.actor, action: draft.action,
        targetType: draft.targetType, targetId: draft.targetId, reason: draft.reason ?? null, rule: draft.rule ?? null,
        v: 2 as const, data: JSON.parse(dataJson) as unknown, undoes: draft.undoes ?? null, dataHash: sha256Hex(dataJson),
      };
      const entry: AuditEntry = { ...body, prevHash, hash: entryHash(prevHash, body) };
      await exec.run(
        `INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, reason, rule, v, data, undoes, data_hash, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [entry.seq, entry.at, entry.actor, entry.action, entry.targetType, entry.targetId, entry.reason, entry.rule,
          entry.v, dataJson, entry.undoes, entry.dataHash, entry.prevHash, entry.hash],
      );
      return entry;
    });
  }
  async lastAudit() {
    const r = await this.exec.get('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1');
    return r && rows.audit(r);
  }
  async listAudit(fromSeq: number, limit: number) {
    return (await this.exec.all('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?', [fromSeq, limit])).map(rows.audit);
  }

  // Deferred work (jobs and the mail outbox): the SQL lives in work.ts; claims run in one transaction.

  insertJob(j: JobRecord) { return work.insertJob(this.exec, j); }
  private skipLocked() { return this.dialect.name === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : ''; }
  claimJobs(names: string[], q: ClaimQuery) { return this.atomic((exec) => work.claimJobs(exec, names, q, this.skipLocked())); }
  settleJob(id: Id, owner: string, o: JobOutcome, at: Instant) { return work.settleJob(this.exec, id, owner, o, at); }
  renewJobLease(id: Id, owner: string, leaseUntil: Instant) { return work.renewJobLease(this.exec, id, owner, leaseUntil); }
  nextJobAt(names: string[]) { return work.nextJobAt(this.exec, names); }
  getJob(key: string) { return work.getJob(this.exec, key); }
  insertMail(m: OutboxMail) { return work.insertMail(this.exec, m); }
  claimMail(q: ClaimQuery & { maxAttempts: number }) { return this.atomic((exec) => work.claimMail(exec, q, this.skipLocked())); }
  settleMail(id: Id, owner: string, o: MailOutcome, at: Instant) { return work.settleMail(this.exec, id, owner, o, at); }
  nextMailAt() { return work.nextMailAt(this.exec); }
  getMail(key: string) { return work.getMail(this.exec, key); }

  // Readers' data rights: the SQL lives in rights.ts.
  addConsent(c: ConsentRecord) { return rights.addConsent(this.exec, c); }
  listConsents(userId: Id) { return rights.listConsents(this.exec, userId); }
  ensureIpSalt(s: IpSalt) { return rights.ensureIpSalt(this.exec, s); }
  listIpSalts() { return rights.listIpSalts(this.exec); }
  dropIpSalts(ids: string[]) { return rights.dropIpSalts(this.exec, ids); }
  saveClosure(c: AccountClosure) { return rights.saveClosure(this.exec, c); }
  getClosure(userId: Id) { return rights.getClosure(this.exec, userId); }
  endAccountAccess(userId: Id) { return rights.endAccountAccess(this.exec, userId); }
  listAcceptances(userId: Id) { return rights.listAcceptances(this.exec, userId); }
  listReactionsByUser(userId: Id) { return rights.listReactionsByUser(this.exec, userId); }
  listReportsByUser(userId: Id) { return rights.listReportsByUser(this.exec, userId); }
  listAppealsByAuthor(userId: Id) { return rights.listAppealsByAuthor(this.exec, userId); }
  listAuditFor(targetType: string, targetId: string) { return rights.listAuditFor(this.exec, targetType, targetId); }
  listAuditByActions(actions: string[], from: Instant, to: Instant) { return rights.listAuditByActions(this.exec, actions, from, to); }
  listGrievancesBetween(siteId: Id, from: Instant, to: Instant) { return rights.listGrievancesBetween(this.exec, siteId, from, to); }
  // Grievance desk: the SQL lives in grievances.ts; numbering runs in one transaction under the site row's lock.

  createGrievance(g: NewGrievance) {
    return this.atomic((exec) => grievances.createGrievance(exec, g, ticketOf, this.dialect.name === 'postgres' ? ' FOR UPDATE' : ''));
  }
  getGrievance(id: Id) { return grievances.getGrievance(this.exec, id, this.rowLock()); }
  findGrievanceByToken(tokenHash: string) { return grievances.findGrievanceByToken(this.exec, tokenHash); }
  updateGrievance(id: Id, patch: Partial<Grievance>) { return grievances.updateGrievance(this.exec, id, patch); }
  listGrievances(q: GrievanceQuery) { return grievances.listGrievances(this.exec, q); }
  // Legal-order registers (takedown orders, information requests): the SQL lives in orders.ts.

  insertLegalOrder(o: LegalOrder) { return orders.insertLegalOrder(this.exec, o); }
  saveLegalOrder(o: LegalOrder) { return orders.saveLegalOrder(this.exec, o); }
  getLegalOrder(id: Id) { return orders.getLegalOrder(this.exec, id, this.rowLock()); }
  listLegalOrders(siteId: Id, kind: LegalOrder['kind']) { return orders.listLegalOrders(this.exec, siteId, kind); }
  orderStats(siteId: Id, from: Instant, to: Instant) { return orders.orderStats(this.exec, siteId, from, to); }
  // Evidence: the SQL lives in evidence.ts.

  insertEvidence(r: EvidenceRecord, items: EvidenceItem[]) { return this.atomic((exec) => evidence.insertEvidence(exec, r, items)); }
  getEvidence(id: Id) { return evidence.getEvidence(this.exec, id, this.rowLock()); }
  listEvidence(commentId: Id) { return evidence.listEvidence(this.exec, commentId); }
  listEvidenceItems(recordId: Id) { return evidence.listEvidenceItems(this.exec, recordId); }
  setEvidenceHold(id: Id, hold: LegalHold | null) { return evidence.setEvidenceHold(this.exec, id, hold); }
  listExpiredEvidence(now: Instant, limit: number) { return evidence.listExpiredEvidence(this.exec, now, limit); }
  purgeEvidence(id: Id, at: Instant, purgeSeq: number) { return this.atomic((exec) => evidence.purgeEvidence(exec, id, at, purgeSeq)); }
  evidenceThread(c: Pick<Comment, 'id' | 'storyId' | 'parentId'>, limit: number) { return evidence.evidenceThread(this.exec, c, limit); }
  listAuditByTarget(targetType: string, targetId: string) { return evidence.listAuditByTarget(this.exec, targetType, targetId); }
  // Webhooks: the SQL lives in webhooks.ts; claims run in one transaction.

  saveWebhookEndpoint(e: WebhookEndpoint) { return hooks.saveWebhookEndpoint(this.exec, e); }
  getWebhookEndpoint(id: Id) { return hooks.getWebhookEndpoint(this.exec, id); }
  listWebhookEndpoints(siteId: Id) { return hooks.listWebhookEndpoints(this.exec, siteId); }
  insertWebhookDelivery(d: WebhookDelivery) { return hooks.insertWebhookDelivery(this.exec, d); }
  claimWebhookDeliveries(q: ClaimQuery & { maxAttempts: number }) { return this.atomic((exec) => hooks.claimWebhookDeliveries(exec, q, this.skipLocked())); }
  settleWebhookDelivery(id: Id, owner: string, o: WebhookOutcome, at: Instant) { return hooks.settleWebhookDelivery(this.exec, id, owner, o, at); }
  nextWebhookAt() { return hooks.nextWebhookAt(this.exec); }
  listWebhookDeliveries(siteId: Id, q: { endpointId?: Id; limit: number }) { return hooks.listWebhookDeliveries(this.exec, siteId, q); }
  getWebhookDelivery(id: Id) { return hooks.getWebhookDelivery(this.exec, id); }

  countPublicComments(siteId: Id, urls: string[]) { return countPublicComments(this.exec, siteId, urls); }
  // Imports and exports: the SQL lives in imports.ts.

  addImportRecord(r: ImportRecord) { return imports.addImportRecord(this.exec, r); }
  getImportRecord(siteId: Id, source: ImportSource, kind: ImportKind, originalId: string) { return imports.getImportRecord(this.exec, siteId, source, kind, originalId); }
  findImportByLocal(kind: ImportKind, localId: Id) { return imports.findImportByLocal(this.exec, kind, localId); }
  findUnclaimedAuthor(siteId: Id, email: string) { return imports.findUnclaimedAuthor(this.exec, siteId, email); }
  claimImportedAuthor(localId: Id, claimedBy: Id) { return imports.claimImportedAuthor(this.exec, localId, claimedBy); }
  listStoriesPage(siteId: Id, after: { createdAt: Instant; id: Id } | null, limit: number) { return imports.listStoriesPage(this.exec, siteId, after, limit); }
  listStoryCommentsPage(storyId: Id, after: { createdAt: Instant; id: Id } | null, limit: number) { return imports.listStoryCommentsPage(this.exec, storyId, after, limit); }

  // Account tokens: the SQL lives in accountTokens.ts.
  insertAccountToken(t: AccountToken) { return accountTokens.insertAccountToken(this.exec, t); }
  getAccountToken(tokenHash: string) { return accountTokens.getAccountToken(this.exec, tokenHash, this.rowLock()); }
  useAccountToken(tokenHash: string, at: Instant) { return accountTokens.useAccountToken(this.exec, tokenHash, at); }
  voidAccountTokens(userId: Id, purpose: AccountTokenPurpose, at: Instant) { return accountTokens.voidAccountTokens(this.exec, userId, purpose, at); }
  countAccountTokens(userId: Id, purpose: AccountTokenPurpose, since: Instant) { return accountTokens.countAccountTokens(this.exec, userId, purpose, since); }
  deleteUserSessions(userId: Id) { return accountTokens.deleteUserSessions(this.exec, userId); }
  // A signed-in reader's overlay on the shared thread page: the SQL lives in overlay.ts.

  listOwnHidden(storyId: Id, authorId: Id, visible: readonly CommentStatus[]) { return overlay.listOwnHidden(this.exec, storyId, authorId, visible); }
  reactedAmong(userId: Id, commentIds: readonly Id[]) { return overlay.reactedAmong(this.exec, userId, commentIds); }
  // Notifications: the SQL lives in notifications.ts.
  getNotificationPrefs(userId: Id) { return notifications.getNotificationPrefs(this.exec, userId); }
  saveNotificationPrefs(p: NotificationPrefs) { return notifications.saveNotificationPrefs(this.exec, p); }
  fireAlert(siteId: Id, name: string, at: Instant) { return notifications.fireAlert(this.exec, siteId, name, at); }
  armAlert(siteId: Id, name: string) { return notifications.armAlert(this.exec, siteId, name); }
  oldestInQueue(siteId: Id) { return notifications.oldestInQueue(this.exec, siteId); }
  putPolicyText(t: PolicyText) { return policyTexts.putPolicyText(this.exec, t); }
  getPolicyText(siteId: Id, version: number, lang: string) { return policyTexts.getPolicyText(this.exec, siteId, version, lang); }
  listPolicyTexts(siteId: Id, version: number) { return policyTexts.listPolicyTexts(this.exec, siteId, version); }
  listStaffStories(q: StaffStoryQuery) { return listStaffStories(this.exec, q); }
  addReaderNote(n: ReaderNote) { return readerNotes.addReaderNote(this.exec, n); }
  listReaderNotes(userId: Id) { return readerNotes.listReaderNotes(this.exec, userId); }
}
