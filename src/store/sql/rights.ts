// Readers' data rights in portable SQL: the consent ledger, IP-hash salts, closed accounts and a reader's own records.
import type { AccountClosure, ConsentRecord, IpSalt } from '../../domain/rights';
import type { AuditEntry, Id, Instant, PolicyAcceptance, Report, Appeal } from '../../domain/types';
import type { Executor, Row } from './executor';
import * as rows from './rows';
import type { GrievanceFact } from '../../compliance/transparency';

const consent = (r: Row): ConsentRecord => ({
  id: r.id, userId: r.user_id, siteId: r.site_id, purpose: r.purpose,
  noticeVersion: r.notice_version === null || r.notice_version === undefined ? null : Number(r.notice_version),
  action: r.action, channel: r.channel, lang: r.lang, at: r.at,
});
const closure = (r: Row): AccountClosure => ({
  userId: r.user_id, closedAt: r.closed_at, purgeAt: r.purge_at, sealed: r.sealed ? JSON.parse(r.sealed) : null, purgedAt: r.purged_at ?? null,
});

export async function addConsent(exec: Executor, c: ConsentRecord): Promise<void> {
  await exec.run(
    'INSERT INTO consents (id, user_id, site_id, purpose, notice_version, action, channel, lang, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [c.id, c.userId, c.siteId, c.purpose, c.noticeVersion, c.action, c.channel, c.lang, c.at],
  );
}
export async function listConsents(exec: Executor, userId: Id): Promise<ConsentRecord[]> {
  return (await exec.all('SELECT * FROM consents WHERE user_id = ? ORDER BY at, id', [userId])).map(consent);
}

/** Inserts the salt unless one with its id exists; returns the one stored (two nodes starting a month agree). */
export async function ensureIpSalt(exec: Executor, s: IpSalt): Promise<IpSalt> {
  await exec.run('INSERT INTO ip_salts (id, salt, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [s.id, s.salt, s.createdAt]);
  const r = (await exec.get('SELECT * FROM ip_salts WHERE id = ?', [s.id]))!;
  return { id: r.id, salt: r.salt, createdAt: r.created_at };
}
export async function listIpSalts(exec: Executor): Promise<IpSalt[]> {
  return (await exec.all('SELECT * FROM ip_salts ORDER BY id')).map((r) => ({ id: r.id, salt: r.salt, createdAt: r.created_at }));
}
export async function dropIpSalts(exec: Executor, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  return exec.run(`DELETE FROM ip_salts WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
}

export async function saveClosure(exec: Executor, c: AccountClosure): Promise<void> {
  await exec.run(
    `INSERT INTO account_closures (user_id, closed_at, purge_at, sealed, purged_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET sealed = excluded.sealed, purged_at = excluded.purged_at`,
    [c.userId, c.closedAt, c.purgeAt, c.sealed ? JSON.stringify(c.sealed) : null, c.purgedAt],
  );
}
export async function getClosure(exec: Executor, userId: Id): Promise<AccountClosure | undefined> {
  const r = await exec.get('SELECT * FROM account_closures WHERE user_id = ?', [userId]);
  return r && closure(r);
}

/** A closed account signs in no more: its sessions end and its linked SSO subjects are let go. */
export async function endAccountAccess(exec: Executor, userId: Id): Promise<void> {
  await exec.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
  await exec.run('DELETE FROM sso_identities WHERE user_id = ?', [userId]);
  // Verification and reset links hold the address: an erased account keeps none.
  await exec.run('DELETE FROM account_tokens WHERE user_id = ?', [userId]);
}

export async function listAcceptances(exec: Executor, userId: Id): Promise<PolicyAcceptance[]> {
  return (await exec.all('SELECT * FROM policy_acceptances WHERE user_id = ? ORDER BY version', [userId])).map(rows.acceptance);
}
export async function listReactionsByUser(exec: Executor, userId: Id): Promise<{ commentId: Id; at: Instant }[]> {
  return (await exec.all('SELECT comment_id, at FROM reactions WHERE user_id = ? ORDER BY at, comment_id', [userId]))
    .map((r) => ({ commentId: r.comment_id, at: r.at }));
}
export async function listReportsByUser(exec: Executor, userId: Id): Promise<Report[]> {
  return (await exec.all('SELECT * FROM reports WHERE reporter_id = ? ORDER BY at, id', [userId])).map(rows.report);
}
export async function listAppealsByAuthor(exec: Executor, userId: Id): Promise<Appeal[]> {
  return (await exec.all('SELECT * FROM appeals WHERE author_id = ? ORDER BY at, id', [userId])).map(rows.appeal);
}
export async function listAuditFor(exec: Executor, targetType: string, targetId: string): Promise<AuditEntry[]> {
  return (await exec.all('SELECT * FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY seq', [targetType, targetId])).map(rows.audit);
}
/** Audit entries with these action codes in [from, to): the transparency report's raw material. */
export async function listAuditByActions(exec: Executor, actions: string[], from: Instant, to: Instant): Promise<AuditEntry[]> {
  if (!actions.length) return [];
  return (await exec.all(
    `SELECT * FROM audit_log WHERE action IN (${actions.map(() => '?').join(', ')}) AND at >= ? AND at < ? ORDER BY seq`,
    [...actions, from, to],
  )).map(rows.audit);
}

/** Complaints received or decided in [from, to): the transparency report's grievance rows (table of the grievance desk). */
export async function listGrievancesBetween(exec: Executor, siteId: Id, from: Instant, to: Instant): Promise<GrievanceFact[]> {
  const rs = await exec.all(
    `SELECT category, received_at, acknowledge_by, resolve_by, acknowledged_at, decided_at FROM grievances
     WHERE site_id = ? AND ((received_at >= ? AND received_at < ?) OR (decided_at >= ? AND decided_at < ?)) ORDER BY received_at, id`,
    [siteId, from, to, from, to],
  );
  return rs.map((r) => ({
    category: r.category, receivedAt: r.received_at, acknowledgeBy: r.acknowledge_by, resolveBy: r.resolve_by,
    acknowledgedAt: r.acknowledged_at ?? null, decidedAt: r.decided_at ?? null,
  }));
}
