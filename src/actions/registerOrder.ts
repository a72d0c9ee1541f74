// Registers a takedown order or a law-enforcement information request: the record, its audit entry, and its escalation jobs.
import { randomUUID } from 'node:crypto';
import { checklistWarnings, dueAt, escalationTimes, verifyIssuer, ISSUER_RANKS, type IssuerRank } from '../compliance/orders';
import { DISCLOSABLE_PROFILE_FIELDS, type InformationScope, type LegalOrder, type OrderIssuer, type TakedownScope } from '../domain/legalOrders';
import { badRequest } from '../domain/errors';
import { ORDER_ESCALATION_JOB, type OrderDeps } from './orderDeps';
import { authorize, type StaffActor } from './staffDeps';

interface Common {
  reference: string;
  issuer: OrderIssuer;
  legalBasis: string;
  provision: string;
  unlawfulAct?: string | null;
  /** When the order reached us (UTC ISO 8601); the clock runs from here, not from registration. */
  receivedAt: string;
}
export type RegisterOrderInput =
  | (Common & { kind: 'takedown'; scope: TakedownScope; confidential?: boolean })
  | (Common & { kind: 'information'; scope: InformationScope; deferNotice?: boolean });

function check(input: RegisterOrderInput, now: Date): void {
  if (!(ISSUER_RANKS as readonly string[]).includes(input.issuer.rank)) throw badRequest('invalid_rank', `rank must be one of: ${ISSUER_RANKS.join(', ')}.`);
  const received = Date.parse(input.receivedAt);
  if (!Number.isFinite(received)) throw badRequest('invalid_received_at', 'receivedAt must be an ISO 8601 time.');
  if (received > now.getTime() + 60_000) throw badRequest('invalid_received_at', 'receivedAt is in the future.');
  if (input.kind === 'takedown' && !input.scope.commentIds.length && !input.scope.urls.length) {
    throw badRequest('empty_scope', 'An order must name at least one comment (id or URL).');
  }
  if (input.kind === 'information') {
    const s = input.scope;
    if (!s.userIds.length && !s.commentIds.length) throw badRequest('empty_scope', 'A request must name at least one user or comment.');
    const bad = s.profileFields.find((f) => !(DISCLOSABLE_PROFILE_FIELDS as readonly string[]).includes(f));
    if (bad) throw badRequest('invalid_profile_field', `profileFields may hold: ${DISCLOSABLE_PROFILE_FIELDS.join(', ')}.`);
  }
}

export async function registerOrder(deps: OrderDeps, actor: StaffActor, input: RegisterOrderInput): Promise<LegalOrder> {
  authorize(actor, input.kind === 'takedown' ? 'order.register' : 'disclosure.register', actor.siteId);
  const now = deps.now();
  check(input, now);
  const receivedAt = new Date(input.receivedAt).toISOString();
  const warnings = checklistWarnings(verifyIssuer({
    rank: input.issuer.rank as IssuerRank, noJointSecretaryRank: input.issuer.noJointSecretaryRank,
    speciallyAuthorised: input.issuer.speciallyAuthorised, legalBasis: input.legalBasis, provision: input.provision,
    unlawfulAct: input.unlawfulAct ?? undefined,
  }));
  const base = {
    id: randomUUID(), siteId: actor.siteId, reference: input.reference, issuer: input.issuer, legalBasis: input.legalBasis,
    provision: input.provision, unlawfulAct: input.unlawfulAct ?? null, receivedAt, dueAt: dueAt(receivedAt, input.kind, deps.clocks),
    status: 'open' as const, warnings, registeredBy: actor.id, createdAt: now.toISOString(), compliedAt: null, compliedBy: null,
  };
  const order: LegalOrder = input.kind === 'takedown'
    ? { ...base, kind: 'takedown', scope: input.scope, confidential: !!input.confidential, confirmation: null, outcome: null }
    : { ...base, kind: 'information', scope: input.scope, deferNotice: !!input.deferNotice, exports: [] };
  await deps.store.transaction(async (tx) => {
    await tx.insertLegalOrder(order);
    await tx.appendAudit({
      at: order.createdAt, actor: actor.id, action: order.kind === 'takedown' ? 'order.register' : 'disclosure.register',
      targetType: order.kind === 'takedown' ? 'order' : 'disclosure_request', targetId: order.id, reason: null, rule: null,
      data: { reference: order.reference, receivedAt, dueAt: order.dueAt, warnings, scope: order.scope, issuer: order.issuer, provision: order.provision },
    });
  });
  // After commit: a job for an order that never committed would page the officer about nothing.
  for (const { point, at } of escalationTimes(receivedAt, order.dueAt)) {
    await deps.queue.enqueue(ORDER_ESCALATION_JOB, { orderId: order.id, point }, { key: `order-escalation:${order.id}:${point}`, runAt: new Date(at) });
  }
  return order;
}
