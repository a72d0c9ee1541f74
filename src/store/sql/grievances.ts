// The grievance desk in portable SQL: complaints numbered per site and year, found by id or tracking-token hash.
import type { Grievance } from '../../domain/grievance';
import type { Id } from '../../domain/types';
import type { GrievanceQuery, NewGrievance } from '../store';
import type { Executor, Row } from './executor';

const grievance = (r: Row): Grievance => ({
  id: r.id, siteId: r.site_id, ticket: r.ticket, year: Number(r.year), number: Number(r.number), category: r.category,
  commentId: r.comment_id ?? null, commentUrl: r.comment_url ?? null, description: r.description, name: r.name,
  email: r.email, lang: r.lang, tokenHash: r.token_hash, status: r.status, receivedAt: r.received_at,
  acknowledgeBy: r.acknowledge_by, resolveBy: r.resolve_by, acknowledgedAt: r.acknowledged_at ?? null,
  acknowledgedBy: r.acknowledged_by ?? null, decidedAt: r.decided_at ?? null, decidedBy: r.decided_by ?? null,
  outcome: r.outcome ?? null, letter: r.letter ?? null, action: r.action ?? null,
});

/**
 * Runs inside a transaction that holds the site row (`lock`: ' FOR UPDATE' on PostgreSQL; SQLite has one writer),
 * so two complaints filed at once never draw the same number.
 */
export async function createGrievance(exec: Executor, g: NewGrievance, ticketOf: (year: number, n: number) => string, lock: string): Promise<Grievance> {
  await exec.get(`SELECT id FROM sites WHERE id = ?${lock}`, [g.siteId]);
  const top = await exec.get('SELECT MAX(number) AS n FROM grievances WHERE site_id = ? AND year = ?', [g.siteId, g.year]);
  const number = Number(top?.n ?? 0) + 1;
  const full: Grievance = { ...g, number, ticket: ticketOf(g.year, number) };
  await exec.run(
    `INSERT INTO grievances (id, site_id, ticket, year, number, category, comment_id, comment_url, description, name, email,
       lang, token_hash, status, received_at, acknowledge_by, resolve_by, acknowledged_at, acknowledged_by, decided_at,
       decided_by, outcome, letter, action)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [full.id, full.siteId, full.ticket, full.year, full.number, full.category, full.commentId, full.commentUrl, full.description,
      full.name, full.email, full.lang, full.tokenHash, full.status, full.receivedAt, full.acknowledgeBy, full.resolveBy,
      full.acknowledgedAt, full.acknowledgedBy, full.decidedAt, full.decidedBy, full.outcome, full.letter, full.action],
  );
  return full;
}

export async function getGrievance(exec: Executor, id: Id, lock = ''): Promise<Grievance | undefined> {
  const r = await exec.get(`SELECT * FROM grievances WHERE id = ?${lock}`, [id]);
  return r && grievance(r);
}

export async function findGrievanceByToken(exec: Executor, tokenHash: string): Promise<Grievance | undefined> {
  const r = await exec.get('SELECT * FROM grievances WHERE token_hash = ?', [tokenHash]);
  return r && grievance(r);
}

const COLUMNS: Record<string, string> = {
  status: 'status', acknowledgedAt: 'acknowledged_at', acknowledgedBy: 'acknowledged_by', decidedAt: 'decided_at',
  decidedBy: 'decided_by', outcome: 'outcome', letter: 'letter', action: 'action',
};

export async function updateGrievance(exec: Executor, id: Id, patch: Partial<Grievance>): Promise<void> {
  const sets: string[] = [];
  const params: (string | null)[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (!COLUMNS[k] || v === undefined) continue;
    sets.push(`${COLUMNS[k]} = ?`);
    params.push(v as string | null);
  }
  if (sets.length) await exec.run(`UPDATE grievances SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
}

/** Oldest deadline first; the caller orders by the nearest running clock (which needs "now"). */
export async function listGrievances(exec: Executor, q: GrievanceQuery): Promise<Grievance[]> {
  const statuses = q.statuses?.length ? q.statuses : null;
  const where = statuses ? ` AND status IN (${statuses.map(() => '?').join(', ')})` : '';
  const rs = await exec.all(`SELECT * FROM grievances WHERE site_id = ?${where} ORDER BY resolve_by, id LIMIT ?`,
    [q.siteId, ...(statuses ?? []), q.limit]);
  return rs.map(grievance);
}
