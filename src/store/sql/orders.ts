// The legal-order registers in portable SQL: one row per order, the record as JSON, the columns reports filter on beside it.
import type { LegalOrder, OrderStats } from '../../domain/legalOrders';
import type { Id, Instant } from '../../domain/types';
import type { Executor, Row } from './executor';

const order = (r: Row): LegalOrder => JSON.parse(r.body) as LegalOrder;
const confidentialOf = (o: LegalOrder) => (o.kind === 'takedown' && o.confidential ? 1 : 0);

export async function insertLegalOrder(exec: Executor, o: LegalOrder): Promise<void> {
  await exec.run(
    `INSERT INTO legal_orders (id, site_id, kind, status, confidential, received_at, due_at, complied_at, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [o.id, o.siteId, o.kind, o.status, confidentialOf(o), o.receivedAt, o.dueAt, o.compliedAt, JSON.stringify(o), o.createdAt],
  );
}

/** Replaces the record; the kind, site and receipt never change after registration. */
export async function saveLegalOrder(exec: Executor, o: LegalOrder): Promise<void> {
  await exec.run(
    'UPDATE legal_orders SET status = ?, confidential = ?, complied_at = ?, body = ? WHERE id = ?',
    [o.status, confidentialOf(o), o.compliedAt, JSON.stringify(o), o.id],
  );
}

export async function getLegalOrder(exec: Executor, id: Id, lock = ''): Promise<LegalOrder | undefined> {
  const r = await exec.get(`SELECT body FROM legal_orders WHERE id = ?${lock}`, [id]);
  return r && order(r);
}

/** Open orders first, nearest deadline first (the breach board's order); then complied ones, latest first. */
export async function listLegalOrders(exec: Executor, siteId: Id, kind: LegalOrder['kind']): Promise<LegalOrder[]> {
  const rs = await exec.all(
    `SELECT body FROM legal_orders WHERE site_id = ? AND kind = ?
     ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, CASE WHEN status = 'open' THEN due_at END, complied_at DESC, id LIMIT 500`,
    [siteId, kind],
  );
  return rs.map(order);
}

/** Takedown orders received in [from, to): counts only, so a confidential order is never named. */
export async function orderStats(exec: Executor, siteId: Id, from: Instant, to: Instant): Promise<OrderStats> {
  const r = await exec.get(
    `SELECT COUNT(*) AS received,
       SUM(CASE WHEN status = 'complied' THEN 1 ELSE 0 END) AS complied,
       SUM(CASE WHEN status = 'complied' AND complied_at <= due_at THEN 1 ELSE 0 END) AS within_clock,
       SUM(confidential) AS confidential
     FROM legal_orders WHERE site_id = ? AND kind = 'takedown' AND received_at >= ? AND received_at < ?`,
    [siteId, from, to],
  );
  return {
    received: Number(r?.received ?? 0), complied: Number(r?.complied ?? 0),
    withinClock: Number(r?.within_clock ?? 0), confidential: Number(r?.confidential ?? 0),
  };
}
