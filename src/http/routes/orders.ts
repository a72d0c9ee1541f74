// The legal desk's API: takedown orders (register, list by time left, get, comply) and information requests (register, list, get, export).
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { complyWithOrder } from '../../actions/complyWithOrder';
import { exportDisclosure } from '../../actions/exportDisclosure';
import type { OrderDeps } from '../../actions/orderDeps';
import { registerOrder } from '../../actions/registerOrder';
import { msLeft, verifyIssuer, ISSUER_RANKS, type IssuerRank } from '../../compliance/orders';
import { DISCLOSABLE_PROFILE_FIELDS, type LegalOrder } from '../../domain/legalOrders';
import { notFound } from '../../domain/errors';
import type { AppDeps } from '../deps';
import { Export, Many, One } from '../orderSchemas';
import { requireStaff, staffDeps } from './adminGuard';

const Str = (max = 500) => Type.String({ minLength: 1, maxLength: max });
const Ids = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 500 });
const Issuer = Type.Object({
  name: Str(200), rank: Type.Union(ISSUER_RANKS.map((r) => Type.Literal(r))), authority: Str(300),
  email: Type.Optional(Type.Union([Type.String({ maxLength: 254 }), Type.Null()])),
  noJointSecretaryRank: Type.Optional(Type.Boolean()), speciallyAuthorised: Type.Optional(Type.Boolean()),
});
const Common = {
  reference: Str(200), issuer: Issuer, legalBasis: Type.String({ maxLength: 1000 }), provision: Type.String({ maxLength: 300 }),
  unlawfulAct: Type.Optional(Type.String({ maxLength: 2000 })), receivedAt: Type.String({ format: 'date-time' }),
};
const OrderBody = Type.Object({
  ...Common,
  commentIds: Type.Optional(Ids), urls: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 500 })),
  confidential: Type.Optional(Type.Boolean()),
});
const RequestBody = Type.Object({
  ...Common,
  userIds: Type.Optional(Ids), commentIds: Type.Optional(Ids),
  from: Type.Optional(Type.String({ format: 'date-time' })), to: Type.Optional(Type.String({ format: 'date-time' })),
  profileFields: Type.Optional(Type.Array(Type.Union(DISCLOSABLE_PROFILE_FIELDS.map((f) => Type.Literal(f))), { maxItems: 10 })),
  deferNotice: Type.Optional(Type.Boolean()),
});
const ComplyBody = Type.Object({
  confirmation: Type.Optional(Type.Object({ text: Type.Optional(Type.String({ maxLength: 5000 })), channel: Str(50) })),
});

const IdParam = Type.Object({ id: Type.String({ maxLength: 100 }) });

const present = (o: LegalOrder, now: Date) => ({
  ...o, msLeft: o.status === 'open' ? msLeft(o.dueAt, now) : 0,
  checklist: verifyIssuer({ ...o.issuer, rank: o.issuer.rank as IssuerRank, legalBasis: o.legalBasis, provision: o.provision, unlawfulAct: o.unlawfulAct ?? undefined }),
});

export function orderDeps(deps: AppDeps): OrderDeps {
  return {
    store: deps.store, now: deps.now, queue: deps.queue, onCommentChanged: staffDeps(deps).onCommentChanged,
    evidenceRetentionDays: deps.config.evidenceRetentionDays,
    clocks: { takedownHours: deps.config.orderClockHours, informationHours: deps.config.infoRequestClockHours },
    wakeMail: () => deps.mail?.wake(), publicUrl: deps.config.publicUrl,
  };
}

export async function orderRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const od = orderDeps(deps);
  const get = async (id: string, kind: LegalOrder['kind']) => {
    const o = await deps.store.getLegalOrder(id);
    if (!o || o.siteId !== deps.siteId || o.kind !== kind) throw notFound(kind === 'takedown' ? 'Order' : 'Request');
    return o;
  };

  app.post('/api/v1/admin/orders', { schema: { body: OrderBody, tags: ['admin'], response: { 201: One } } }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'order.register');
    const b = req.body as typeof OrderBody.static;
    const o = await registerOrder(od, actor, {
      kind: 'takedown', reference: b.reference, issuer: { ...b.issuer, email: b.issuer.email ?? null }, legalBasis: b.legalBasis,
      provision: b.provision, unlawfulAct: b.unlawfulAct, receivedAt: b.receivedAt, confidential: b.confidential,
      scope: { commentIds: b.commentIds ?? [], urls: b.urls ?? [] },
    });
    reply.code(201);
    return { order: present(o, deps.now()) };
  });

  app.get('/api/v1/admin/orders', { schema: { tags: ['admin'], response: { 200: Many } } }, async (req) => {
    requireStaff(req, deps, 'order.read');
    return { orders: (await deps.store.listLegalOrders(deps.siteId, 'takedown')).map((o) => present(o, deps.now())) };
  });

  app.get('/api/v1/admin/orders/:id', { schema: { params: IdParam, tags: ['admin'], response: { 200: One } } }, async (req) => {
    requireStaff(req, deps, 'order.read');
    return { order: present(await get((req.params as { id: string }).id, 'takedown'), deps.now()) };
  });

  app.post('/api/v1/admin/orders/:id/comply', { schema: { params: IdParam, body: ComplyBody, tags: ['admin'], response: { 200: One } } }, async (req) => {
    const actor = requireStaff(req, deps, 'order.comply');
    const o = await complyWithOrder(od, actor, { orderId: (req.params as { id: string }).id, confirmation: (req.body as typeof ComplyBody.static).confirmation });
    return { order: present(o, deps.now()) };
  });

  app.post('/api/v1/admin/disclosures', { schema: { body: RequestBody, tags: ['admin'], response: { 201: One } } }, async (req, reply) => {
    const actor = requireStaff(req, deps, 'disclosure.register');
    const b = req.body as typeof RequestBody.static;
    const o = await registerOrder(od, actor, {
      kind: 'information', reference: b.reference, issuer: { ...b.issuer, email: b.issuer.email ?? null }, legalBasis: b.legalBasis,
      provision: b.provision, unlawfulAct: b.unlawfulAct, receivedAt: b.receivedAt, deferNotice: b.deferNotice,
      scope: { userIds: b.userIds ?? [], commentIds: b.commentIds ?? [], from: b.from ?? null, to: b.to ?? null, profileFields: b.profileFields ?? [] },
    });
    reply.code(201);
    return { order: present(o, deps.now()) };
  });

  app.get('/api/v1/admin/disclosures', { schema: { tags: ['admin'], response: { 200: Many } } }, async (req) => {
    requireStaff(req, deps, 'disclosure.read');
    return { orders: (await deps.store.listLegalOrders(deps.siteId, 'information')).map((o) => present(o, deps.now())) };
  });

  app.get('/api/v1/admin/disclosures/:id', { schema: { params: IdParam, tags: ['admin'], response: { 200: One } } }, async (req) => {
    requireStaff(req, deps, 'disclosure.read');
    return { order: present(await get((req.params as { id: string }).id, 'information'), deps.now()) };
  });

  // POST, not GET: each export is a disclosure, logged and possibly notified; a prefetch must not make one.
  app.post('/api/v1/admin/disclosures/:id/export', { schema: { params: IdParam, tags: ['admin'], response: { 200: Export } } }, async (req) => {
    const actor = requireStaff(req, deps, 'disclosure.export');
    const { files } = await exportDisclosure(od, actor, (req.params as { id: string }).id);
    return { manifest: JSON.parse(files.find((f) => f.path === 'manifest.json')!.content), files };
  });
}
