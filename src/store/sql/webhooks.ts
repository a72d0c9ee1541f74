// Webhook endpoints and the delivery outbox in portable SQL; deliveries are claimed under a lease like mail (work.ts).
import type { Id, Instant } from '../../domain/types';
import type { WebhookDelivery, WebhookEndpoint, WebhookOutcome } from '../../domain/webhooks';
import type { ClaimQuery } from '../../domain/work';
import type { Executor, Row } from './executor';

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';

const endpoint = (r: Row): WebhookEndpoint => ({
  id: r.id, siteId: r.site_id, url: r.url, secret: r.secret, events: JSON.parse(r.events), enabled: bool(r.enabled),
  createdAt: r.created_at, updatedAt: r.updated_at,
});

const delivery = (r: Row): WebhookDelivery => ({
  id: r.id, endpointId: r.endpoint_id, siteId: r.site_id, eventId: r.event_id, eventType: r.event_type, payload: r.payload,
  status: r.status, attempts: Number(r.attempts), nextAttemptAt: r.next_attempt_at, owner: r.owner ?? null,
  leaseUntil: r.lease_until ?? null, lastStatus: r.last_status == null ? null : Number(r.last_status), lastError: r.last_error ?? null,
  lastAttemptAt: r.last_attempt_at ?? null, createdAt: r.created_at, deliveredAt: r.delivered_at ?? null,
});

const clip = (s: string) => s.slice(0, 2000);
const LAPSED = 'lease lapsed: the process sending it stopped';

export async function saveWebhookEndpoint(exec: Executor, e: WebhookEndpoint): Promise<void> {
  await exec.run(
    `INSERT INTO webhook_endpoints (id, site_id, url, secret, events, enabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET url = excluded.url, secret = excluded.secret, events = excluded.events,
       enabled = excluded.enabled, updated_at = excluded.updated_at`,
    [e.id, e.siteId, e.url, e.secret, JSON.stringify(e.events), e.enabled, e.createdAt, e.updatedAt],
  );
}

export async function getWebhookEndpoint(exec: Executor, id: Id): Promise<WebhookEndpoint | undefined> {
  const r = await exec.get('SELECT * FROM webhook_endpoints WHERE id = ?', [id]);
  return r && endpoint(r);
}

export async function listWebhookEndpoints(exec: Executor, siteId: Id): Promise<WebhookEndpoint[]> {
  return (await exec.all('SELECT * FROM webhook_endpoints WHERE site_id = ? ORDER BY created_at, id', [siteId])).map(endpoint);
}

export async function insertWebhookDelivery(exec: Executor, d: WebhookDelivery): Promise<boolean> {
  const n = await exec.run(
    `INSERT INTO webhook_deliveries (id, endpoint_id, site_id, event_id, event_type, payload, status, attempts, next_attempt_at,
       owner, lease_until, last_status, last_error, last_attempt_at, created_at, delivered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
    [d.id, d.endpointId, d.siteId, d.eventId, d.eventType, d.payload, d.status, d.attempts, d.nextAttemptAt, d.owner,
      d.leaseUntil, d.lastStatus, d.lastError, d.lastAttemptAt, d.createdAt, d.deliveredAt],
  );
  return n === 1;
}

/** As claimMail: atomic UPDATEs that re-check the due condition; a lapsed send on its last attempt goes `dead`. */
export async function claimWebhookDeliveries(exec: Executor, q: ClaimQuery & { maxAttempts: number }, lock = ''): Promise<WebhookDelivery[]> {
  if (q.limit <= 0) return [];
  const due = `((status = 'queued' AND next_attempt_at <= ?) OR (status = 'sending' AND lease_until <= ?))`;
  const candidates = await exec.all<{ id: string }>(
    `SELECT id FROM webhook_deliveries WHERE ${due} ORDER BY next_attempt_at, id LIMIT ?${lock}`, [q.now, q.now, q.limit],
  );
  const claimed: WebhookDelivery[] = [];
  for (const { id } of candidates) {
    const spent = await exec.run(
      `UPDATE webhook_deliveries SET status = 'dead', owner = NULL, lease_until = NULL, last_error = ?
       WHERE id = ? AND status = 'sending' AND lease_until <= ? AND attempts >= ?`, [LAPSED, id, q.now, q.maxAttempts],
    );
    if (spent) continue;
    const r = await exec.get(
      `UPDATE webhook_deliveries SET status = 'sending', owner = ?, lease_until = ?, attempts = attempts + 1
       WHERE id = ? AND ${due} RETURNING *`, [q.owner, q.leaseUntil, id, q.now, q.now],
    );
    if (r) claimed.push(delivery(r));
  }
  return claimed;
}

export async function settleWebhookDelivery(exec: Executor, id: Id, owner: string, o: WebhookOutcome, at: Instant): Promise<boolean> {
  const mine = `WHERE id = ? AND owner = ? AND status = 'sending'`;
  if (o.status === 'delivered') {
    return (await exec.run(
      `UPDATE webhook_deliveries SET status = 'delivered', owner = NULL, lease_until = NULL, last_status = ?, last_error = NULL,
         last_attempt_at = ?, delivered_at = ? ${mine}`, [o.httpStatus, at, at, id, owner],
    )) === 1;
  }
  const next = o.status === 'queued' ? o.nextAttemptAt : null;
  return (await exec.run(
    `UPDATE webhook_deliveries SET status = ?, next_attempt_at = COALESCE(?, next_attempt_at), owner = NULL, lease_until = NULL,
       last_status = ?, last_error = ?, last_attempt_at = ? ${mine}`,
    [o.status, next, o.httpStatus, clip(o.error), at, id, owner],
  )) === 1;
}

export async function nextWebhookAt(exec: Executor): Promise<Instant | undefined> {
  const r = await exec.get(
    `SELECT MIN(CASE WHEN status = 'queued' THEN next_attempt_at ELSE lease_until END) AS at FROM webhook_deliveries
     WHERE status IN ('queued', 'sending')`,
  );
  return r?.at ?? undefined;
}

export async function listWebhookDeliveries(exec: Executor, siteId: Id, q: { endpointId?: Id; limit: number }): Promise<WebhookDelivery[]> {
  const where = q.endpointId ? 'site_id = ? AND endpoint_id = ?' : 'site_id = ?';
  const params = q.endpointId ? [siteId, q.endpointId] : [siteId];
  return (await exec.all(`SELECT * FROM webhook_deliveries WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ?`, [...params, q.limit])).map(delivery);
}

export async function getWebhookDelivery(exec: Executor, id: Id): Promise<WebhookDelivery | undefined> {
  const r = await exec.get('SELECT * FROM webhook_deliveries WHERE id = ?', [id]);
  return r && delivery(r);
}
