// Webhook endpoints, their delivery log and "send test event" for admins (reads: any staff with settings.read).
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { saveWebhookEndpoint, secretHint, sendTestWebhook, type EndpointInput } from '../../actions/manageWebhooks';
import { WEBHOOK_EVENTS, type WebhookDelivery, type WebhookEndpoint } from '../../domain/webhooks';
import type { AppDeps } from '../deps';
import { requireStaff, staffDeps } from './adminGuard';

const EventName = Type.Union(WEBHOOK_EVENTS.map((e) => Type.Literal(e)));

export const WebhookEndpointSchema = Type.Object({
  id: Type.String(), url: Type.String(), events: Type.Array(Type.String()), enabled: Type.Boolean(),
  /** The secret is shown in full only in the answer that created or replaced it. */
  secretHint: Type.String(), secret: Type.Optional(Type.String()),
  createdAt: Type.String(), updatedAt: Type.String(),
});
export const WebhookDeliverySchema = Type.Object({
  id: Type.String(), endpointId: Type.String(), eventId: Type.String(), eventType: Type.String(), status: Type.String(),
  attempts: Type.Integer(), nextAttemptAt: Type.String(), lastStatus: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]), lastAttemptAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(), deliveredAt: Type.Union([Type.String(), Type.Null()]),
});
export const WebhooksView = Type.Object({ events: Type.Array(Type.String()), endpoints: Type.Array(WebhookEndpointSchema) });
export const DeliveriesPage = Type.Object({ deliveries: Type.Array(WebhookDeliverySchema) });
export const TestQueued = Type.Object({ queued: Type.Integer() });
export const EndpointBody = Type.Object({
  url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
  events: Type.Optional(Type.Array(EventName, { maxItems: 20 })),
  enabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const present = (e: WebhookEndpoint, showSecret = false) => ({
  id: e.id, url: e.url, events: e.events, enabled: e.enabled, secretHint: secretHint(e.secret),
  ...(showSecret ? { secret: e.secret } : {}), createdAt: e.createdAt, updatedAt: e.updatedAt,
});
// The payload is not in the log: it may hold readers' text, and the receiver already has it.
const presentDelivery = ({ payload: _p, owner: _o, leaseUntil: _l, siteId: _s, ...d }: WebhookDelivery) => d;
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) });

export async function adminWebhookRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const sd = staffDeps(deps);

  // GET /api/v1/admin/webhooks — the endpoints (secrets as hints) and the event names one can subscribe to.
  app.get('/api/v1/admin/webhooks', { schema: { tags: ['admin'], response: { 200: WebhooksView } } }, async (req) => {
    requireStaff(req, deps, 'settings.read');
    return { events: [...WEBHOOK_EVENTS], endpoints: (await deps.store.listWebhookEndpoints(deps.siteId)).map((e) => present(e)) };
  });

  // POST /api/v1/admin/webhooks {url, secret?, events?, enabled?} — a new endpoint; the answer shows its secret once.
  app.post('/api/v1/admin/webhooks', { schema: { body: EndpointBody, tags: ['admin'], response: { 201: WebhookEndpointSchema } } }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'settings.update');
    const e = await saveWebhookEndpoint(sd, { actor, siteId: deps.siteId, patch: req.body as EndpointInput });
    reply.code(201);
    return present(e, true);
  });

  // PATCH /api/v1/admin/webhooks/:id — change url, events, enabled; a new secret is shown once.
  app.patch('/api/v1/admin/webhooks/:id', { schema: { params: IdParams, body: EndpointBody, tags: ['admin'], response: { 200: WebhookEndpointSchema } } }, async (req) => {
    const actor = requireStaff(req, deps, 'settings.update');
    const patch = req.body as EndpointInput;
    const e = await saveWebhookEndpoint(sd, { actor, siteId: deps.siteId, id: (req.params as { id: string }).id, patch });
    return present(e, patch.secret !== undefined);
  });

  // POST /api/v1/admin/webhooks/:id/test — queues a signed `webhook.test` event to this endpoint and sends it now.
  app.post('/api/v1/admin/webhooks/:id/test', { schema: { params: IdParams, tags: ['admin'], response: { 202: TestQueued } } }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'settings.update');
    const queued = await sendTestWebhook(sd, { actor, siteId: deps.siteId, id: (req.params as { id: string }).id });
    deps.webhooks?.wake();
    reply.code(202);
    return { queued };
  });

  // GET /api/v1/admin/webhooks/deliveries?endpointId=&limit= — the delivery log, newest first.
  app.get('/api/v1/admin/webhooks/deliveries', {
    schema: {
      querystring: Type.Object({ endpointId: Type.Optional(Type.String({ maxLength: 100 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) }),
      tags: ['admin'], response: { 200: DeliveriesPage },
    },
  }, async (req) => {
    requireStaff(req, deps, 'settings.read');
    const q = req.query as { endpointId?: string; limit?: number };
    return { deliveries: (await deps.store.listWebhookDeliveries(deps.siteId, { endpointId: q.endpointId, limit: q.limit ?? 50 })).map(presentDelivery) };
  });
}
