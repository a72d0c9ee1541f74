// Admins configure webhook endpoints (URL, secret, events, enabled) and send a test event; each change is audited.
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError, badRequest } from '../domain/errors';
import { WEBHOOK_EVENTS, type WebhookEndpoint, type WebhookEventType } from '../domain/webhooks';
import { emitWebhookEvent } from '../webhooks/emit';
import { authorize, nowIso, type StaffActor, type StaffDeps } from './staffDeps';

export interface EndpointInput {
  url?: string;
  /** Omitted on create: one is generated and shown once. */
  secret?: string;
  events?: string[];
  enabled?: boolean;
}

function checkUrl(url: string): string {
  let u: URL;
  try { u = new URL(url); } catch { throw badRequest('invalid_webhook_url', 'The endpoint must be an absolute http(s) URL.'); }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw badRequest('invalid_webhook_url', 'The endpoint must be an absolute http(s) URL.');
  if (u.username || u.password) throw badRequest('invalid_webhook_url', 'Put credentials in the secret, not in the URL.');
  return u.toString();
}

function checkEvents(events: string[]): WebhookEventType[] {
  const bad = events.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (bad.length) throw badRequest('invalid_webhook_event', `Unknown event(s): ${bad.join(', ')}. Known: ${WEBHOOK_EVENTS.join(', ')}.`);
  return [...new Set(events)] as WebhookEventType[];
}

/** Creates (no id) or updates an endpoint. The secret never enters the audit entry; its last 4 characters do. */
export async function saveWebhookEndpoint(
  deps: StaffDeps, input: { actor: StaffActor; siteId: string; id?: string; patch: EndpointInput },
): Promise<WebhookEndpoint> {
  authorize(input.actor, 'settings.update', input.siteId);
  const { patch } = input;
  if (patch.secret !== undefined && patch.secret.length < 16) throw badRequest('weak_webhook_secret', 'A webhook secret has at least 16 characters.');
  return deps.store.transaction(async (tx) => {
    const at = nowIso(deps);
    const before = input.id ? await tx.getWebhookEndpoint(input.id) : undefined;
    if (input.id && (!before || before.siteId !== input.siteId)) throw new AppError(404, 'not_found', 'Webhook endpoint not found.');
    if (!before && !patch.url) throw badRequest('invalid_webhook_url', 'A new endpoint needs a url.');
    const e: WebhookEndpoint = {
      id: before?.id ?? randomUUID(), siteId: input.siteId,
      url: patch.url !== undefined ? checkUrl(patch.url) : before!.url,
      secret: patch.secret ?? before?.secret ?? `whsec_${randomBytes(24).toString('base64url')}`,
      events: patch.events !== undefined ? checkEvents(patch.events) : before?.events ?? [...WEBHOOK_EVENTS],
      enabled: patch.enabled ?? before?.enabled ?? true,
      createdAt: before?.createdAt ?? at, updatedAt: at,
    };
    await tx.saveWebhookEndpoint(e);
    const view = (x?: WebhookEndpoint) => x && { url: x.url, events: x.events, enabled: x.enabled, secretHint: secretHint(x.secret) };
    await tx.appendAudit({
      at, actor: input.actor.id, action: 'webhook.save', targetType: 'webhook', targetId: e.id, reason: null, rule: null,
      data: { before: view(before) ?? null, after: view(e), secretChanged: !before || patch.secret !== undefined },
    });
    return e;
  });
}

export const secretHint = (secret: string) => `…${secret.slice(-4)}`;

/** Queues a `webhook.test` event to one endpoint (enabled or not is checked: a disabled endpoint gets nothing). */
export async function sendTestWebhook(deps: StaffDeps, input: { actor: StaffActor; siteId: string; id: string }): Promise<number> {
  authorize(input.actor, 'settings.update', input.siteId);
  const e = await deps.store.getWebhookEndpoint(input.id);
  if (!e || e.siteId !== input.siteId) throw new AppError(404, 'not_found', 'Webhook endpoint not found.');
  if (!e.enabled) throw new AppError(409, 'webhook_disabled', 'Enable the endpoint before sending it a test event.');
  return emitWebhookEvent({ store: deps.store, now: deps.now }, 'webhook.test', {
    siteId: input.siteId, message: 'A test event from the Charcha dashboard.', requestedBy: input.actor.id,
  }, { endpointId: e.id });
}
