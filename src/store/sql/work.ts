// Deferred work in portable SQL: the jobs table and the mail outbox, each claimed under a lease by atomic UPDATEs.
import type { Instant } from '../../domain/types';
import type { ClaimQuery, JobOutcome, JobRecord, MailOutcome, OutboxMail } from '../../domain/work';
import type { Executor, Row } from './executor';

const job = (r: Row): JobRecord => ({
  id: r.id, name: r.name, key: r.idem_key, payload: r.payload, status: r.status, runAt: r.run_at,
  attempts: Number(r.attempts), maxAttempts: Number(r.max_attempts), owner: r.owner ?? null, leaseUntil: r.lease_until ?? null,
  lastError: r.last_error ?? null, createdAt: r.created_at, updatedAt: r.updated_at,
});

const mail = (r: Row): OutboxMail => ({
  id: r.id, key: r.idem_key, to: r.to_addr, template: r.template, lang: r.lang, data: r.data, subject: r.subject,
  text: r.body_text, html: r.body_html, headers: r.headers, status: r.status, attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at, owner: r.owner ?? null, leaseUntil: r.lease_until ?? null,
  lastError: r.last_error ?? null, createdAt: r.created_at, sentAt: r.sent_at ?? null,
});

/** Error text kept on a row: enough to diagnose, never unbounded. */
const clip = (s: string) => s.slice(0, 2000);
const LAPSED = 'lease lapsed: the process running it stopped';

export async function insertJob(exec: Executor, j: JobRecord): Promise<boolean> {
  const n = await exec.run(
    `INSERT INTO jobs (id, name, idem_key, payload, status, run_at, attempts, max_attempts, owner, lease_until, last_error, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idem_key) DO NOTHING`,
    [j.id, j.name, j.key, j.payload, j.status, j.runAt, j.attempts, j.maxAttempts, j.owner, j.leaseUntil, j.lastError, j.createdAt, j.updatedAt],
  );
  return n === 1;
}

/** Runs inside one transaction. Each claim re-checks its condition in the UPDATE itself, so a row another node took in between is skipped. */
/** `lock`: ' FOR UPDATE SKIP LOCKED' on PostgreSQL, so concurrent claimers pick different rows instead of racing for the same ones. */
export async function claimJobs(exec: Executor, names: string[], q: ClaimQuery, lock = ''): Promise<JobRecord[]> {
  if (!names.length || q.limit <= 0) return [];
  const inNames = names.map(() => '?').join(', ');
  const due = `((status = 'queued' AND run_at <= ?) OR (status = 'running' AND lease_until <= ?))`;
  const candidates = await exec.all<{ id: string }>(
    `SELECT id FROM jobs WHERE name IN (${inNames}) AND ${due} ORDER BY run_at, id LIMIT ?${lock}`, [...names, q.now, q.now, q.limit],
  );
  const claimed: JobRecord[] = [];
  for (const { id } of candidates) {
    // A run that lapsed after its last allowed attempt (it keeps killing its process) stops here.
    const spent = await exec.run(
      `UPDATE jobs SET status = 'failed', owner = NULL, lease_until = NULL, last_error = ?, updated_at = ?
       WHERE id = ? AND status = 'running' AND lease_until <= ? AND attempts >= max_attempts`, [LAPSED, q.now, id, q.now],
    );
    if (spent) continue;
    const r = await exec.get(
      `UPDATE jobs SET status = 'running', owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?,
       last_error = CASE WHEN status = 'running' THEN ? ELSE last_error END
       WHERE id = ? AND ${due} RETURNING *`, [q.owner, q.leaseUntil, q.now, LAPSED, id, q.now, q.now],
    );
    if (r) claimed.push(job(r));
  }
  return claimed;
}

export async function settleJob(exec: Executor, id: string, owner: string, o: JobOutcome, at: Instant): Promise<boolean> {
  const mine = `WHERE id = ? AND owner = ? AND status = 'running'`;
  if (o.status === 'done') {
    return (await exec.run(`UPDATE jobs SET status = 'done', owner = NULL, lease_until = NULL, updated_at = ? ${mine}`, [at, id, owner])) === 1;
  }
  const runAt = o.status === 'queued' ? o.runAt : null;
  return (await exec.run(
    `UPDATE jobs SET status = ?, run_at = COALESCE(?, run_at), owner = NULL, lease_until = NULL, last_error = ?, updated_at = ? ${mine}`,
    [o.status, runAt, clip(o.error), at, id, owner],
  )) === 1;
}

export async function renewJobLease(exec: Executor, id: string, owner: string, leaseUntil: Instant): Promise<boolean> {
  return (await exec.run(`UPDATE jobs SET lease_until = ? WHERE id = ? AND owner = ? AND status = 'running'`, [leaseUntil, id, owner])) === 1;
}

export async function nextJobAt(exec: Executor, names: string[]): Promise<Instant | undefined> {
  if (!names.length) return undefined;
  const inNames = names.map(() => '?').join(', ');
  const r = await exec.get(
    `SELECT MIN(CASE WHEN status = 'queued' THEN run_at ELSE lease_until END) AS at FROM jobs
     WHERE name IN (${inNames}) AND status IN ('queued', 'running')`, names,
  );
  return r?.at ?? undefined;
}

export async function getJob(exec: Executor, key: string): Promise<JobRecord | undefined> {
  const r = await exec.get('SELECT * FROM jobs WHERE idem_key = ?', [key]);
  return r && job(r);
}

export async function insertMail(exec: Executor, m: OutboxMail): Promise<boolean> {
  const n = await exec.run(
    `INSERT INTO mail_outbox (id, idem_key, to_addr, template, lang, data, subject, body_text, body_html, headers, status,
       attempts, next_attempt_at, owner, lease_until, last_error, created_at, sent_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idem_key) DO NOTHING`,
    [m.id, m.key, m.to, m.template, m.lang, m.data, m.subject, m.text, m.html, m.headers, m.status, m.attempts,
      m.nextAttemptAt, m.owner, m.leaseUntil, m.lastError, m.createdAt, m.sentAt],
  );
  return n === 1;
}

/** As claimJobs. A lapsed send (the sender died mid-send) goes out again: SMTP gives no exactly-once, Message-ID lets receivers dedupe. */
export async function claimMail(exec: Executor, q: ClaimQuery & { maxAttempts: number }, lock = ''): Promise<OutboxMail[]> {
  if (q.limit <= 0) return [];
  const due = `((status = 'queued' AND next_attempt_at <= ?) OR (status = 'sending' AND lease_until <= ?))`;
  const candidates = await exec.all<{ id: string }>(
    `SELECT id FROM mail_outbox WHERE ${due} ORDER BY next_attempt_at, id LIMIT ?${lock}`, [q.now, q.now, q.limit],
  );
  const claimed: OutboxMail[] = [];
  for (const { id } of candidates) {
    // A send that lapsed on its last allowed attempt (it keeps killing its process) stops here.
    const spent = await exec.run(
      `UPDATE mail_outbox SET status = 'dead', owner = NULL, lease_until = NULL, last_error = ?
       WHERE id = ? AND status = 'sending' AND lease_until <= ? AND attempts >= ?`, [LAPSED, id, q.now, q.maxAttempts],
    );
    if (spent) continue;
    const r = await exec.get(
      `UPDATE mail_outbox SET status = 'sending', owner = ?, lease_until = ?, attempts = attempts + 1
       WHERE id = ? AND ${due} RETURNING *`, [q.owner, q.leaseUntil, id, q.now, q.now],
    );
    if (r) claimed.push(mail(r));
  }
  return claimed;
}

export async function settleMail(exec: Executor, id: string, owner: string, o: MailOutcome, at: Instant): Promise<boolean> {
  const mine = `WHERE id = ? AND owner = ? AND status = 'sending'`;
  if (o.status === 'sent') {
    return (await exec.run(`UPDATE mail_outbox SET status = 'sent', owner = NULL, lease_until = NULL, sent_at = ? ${mine}`, [at, id, owner])) === 1;
  }
  const next = o.status === 'queued' ? o.nextAttemptAt : null;
  return (await exec.run(
    `UPDATE mail_outbox SET status = ?, next_attempt_at = COALESCE(?, next_attempt_at), owner = NULL, lease_until = NULL, last_error = ? ${mine}`,
    [o.status, next, clip(o.error), id, owner],
  )) === 1;
}

export async function nextMailAt(exec: Executor): Promise<Instant | undefined> {
  const r = await exec.get(
    `SELECT MIN(CASE WHEN status = 'queued' THEN next_attempt_at ELSE lease_until END) AS at FROM mail_outbox
     WHERE status IN ('queued', 'sending')`,
  );
  return r?.at ?? undefined;
}

export async function getMail(exec: Executor, key: string): Promise<OutboxMail | undefined> {
  const r = await exec.get('SELECT * FROM mail_outbox WHERE idem_key = ?', [key]);
  return r && mail(r);
}
