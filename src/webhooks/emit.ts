// emitWebhookEvent: queues one signed-later delivery per enabled endpoint subscribed to the event, on the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Comment, Id } from '../domain/types';
import type { WebhookEndpoint, WebhookEventType } from '../domain/webhooks';
import type { Store } from '../store/store';

export interface EmitWebhookDeps {
  /** Pass the transaction-bound store so deliveries commit, or not, with the event itself. */
  store: Store;
  now?: () => Date;
}

/** The body every receiver gets: `id` is the event's (the same for each endpoint), `type`, `createdAt`, `siteId`, `data`. */
export interface WebhookEnvelope {
  id: Id;
  type: WebhookEventType;
  createdAt: string;
  siteId: Id;
  data: Record<string, unknown>;
}

/** The fields of a comment an event carries: what a newsroom system needs to find it, not the verdict's evidence. */
export const commentData = (c: Pick<Comment, 'id' | 'storyId' | 'parentId' | 'authorId' | 'status' | 'body' | 'createdAt'>) => ({
  commentId: c.id, storyId: c.storyId, parentId: c.parentId, authorId: c.authorId, status: c.status, body: c.body, createdAt: c.createdAt,
});

export const subscribes = (e: WebhookEndpoint, type: WebhookEventType) => e.enabled && (type === 'webhook.test' || e.events.includes(type));

/**
 * Records the event for every subscribed endpoint of the site; returns how many deliveries were queued. The worker
 * (sender.ts) sends them after commit. `endpointId` restricts it to one endpoint (the "send test event" button).
 */
export async function emitWebhookEvent(
  deps: EmitWebhookDeps, type: WebhookEventType, data: Record<string, unknown> & { siteId: Id }, opts: { endpointId?: Id } = {},
): Promise<number> {
  const endpoints = (await deps.store.listWebhookEndpoints(data.siteId))
    .filter((e) => subscribes(e, type) && (!opts.endpointId || e.id === opts.endpointId));
  if (!endpoints.length) return 0;
  const at = (deps.now ? deps.now() : new Date()).toISOString();
  const { siteId, ...rest } = data;
  const envelope: WebhookEnvelope = { id: randomUUID(), type, createdAt: at, siteId, data: rest };
  const payload = JSON.stringify(envelope);
  let queued = 0;
  for (const e of endpoints) {
    const created = await deps.store.insertWebhookDelivery({
      id: randomUUID(), endpointId: e.id, siteId, eventId: envelope.id, eventType: type, payload, status: 'queued', attempts: 0,
      nextAttemptAt: at, owner: null, leaseUntil: null, lastStatus: null, lastError: null, lastAttemptAt: null, createdAt: at, deliveredAt: null,
    });
    if (created) queued++;
  }
  return queued;
}
