// Complies with a takedown order: each named comment is disabled with its evidence preserved; then the confirmation to the issuer is recorded.
import { withinClock } from '../compliance/orders';
import { AppError, conflict, notFound } from '../domain/errors';
import type { TakedownOrder } from '../domain/legalOrders';
import { enqueueMail } from '../mail/outbox';
import type { Store } from '../store/store';
import { ist, type OrderDeps } from './orderDeps';
import { staffCommentAction } from './staffCommentAction';
import { authorize, type StaffActor } from './staffDeps';

export interface ComplyInput {
  orderId: string;
  /** The confirmation sent back to the issuer; a default text is written when omitted. */
  confirmation?: { text?: string; channel: string };
}

/** Comment ids an order's URLs point at: `#comment-<id>`, `?comment=<id>`, or a last path segment that is an id. */
async function resolveUrls(store: Store, siteId: string, urls: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const raw of urls) {
    let candidates: string[];
    try {
      const u = new URL(raw);
      candidates = [u.hash.replace(/^#(comment-)?/, ''), u.searchParams.get('comment') ?? '', u.pathname.split('/').filter(Boolean).pop() ?? ''];
    } catch { candidates = [raw.trim()]; }
    for (const id of candidates.filter(Boolean)) {
      const c = await store.getComment(id);
      if (c && c.siteId === siteId) { out.push(c.id); break; }
    }
  }
  return out;
}

const latestEvidence = async (store: Store, commentId: string) => (await store.listEvidence(commentId)).at(-1)?.id ?? null;

/**
 * The hide runs through staffCommentAction, which preserves the evidence (preserveEvidence, trigger `order`) in the
 * same transaction as the removal: the snapshot and the disabling commit together, or neither does.
 */
export async function complyWithOrder(deps: OrderDeps, actor: StaffActor, input: ComplyInput): Promise<TakedownOrder> {
  authorize(actor, 'order.comply', actor.siteId);
  const order = await deps.store.getLegalOrder(input.orderId);
  if (!order || order.siteId !== actor.siteId || order.kind !== 'takedown') throw notFound('Order');
  if (order.status === 'complied') throw conflict('order_complied', 'This order was already complied with.');
  const ids = [...new Set([...order.scope.commentIds, ...(await resolveUrls(deps.store, order.siteId, order.scope.urls))])];
  const outcome: NonNullable<TakedownOrder['outcome']> = [];
  for (const id of ids) {
    const c = await deps.store.getComment(id);
    if (!c || c.siteId !== order.siteId) { outcome.push({ commentId: id, result: 'not_found', evidenceId: null }); continue; }
    if (c.status !== 'approved' && c.status !== 'review') {
      // Rejected, removed or withdrawn: already not public, and its evidence was kept when that happened.
      outcome.push({ commentId: id, result: 'already_disabled', evidenceId: await latestEvidence(deps.store, id) });
      continue;
    }
    try {
      await staffCommentAction(
        { store: deps.store, now: deps.now, onCommentChanged: deps.onCommentChanged, evidenceRetentionDays: deps.evidenceRetentionDays },
        { actor, commentId: id, verb: 'hide', order: { id: order.id } },
      );
      outcome.push({ commentId: id, result: 'removed', evidenceId: await latestEvidence(deps.store, id) });
    } catch (err) {
      // Changed under us (e.g. the author withdrew it in between): it is no longer public either way.
      if (!(err instanceof AppError) || err.code !== 'invalid_transition') throw err;
      outcome.push({ commentId: id, result: 'already_disabled', evidenceId: await latestEvidence(deps.store, id) });
    }
  }
  const at = deps.now().toISOString();
  const channel = input.confirmation?.channel ?? (order.issuer.email ? 'email' : 'portal');
  const disabled = outcome.filter((o) => o.result !== 'not_found').length;
  const text = input.confirmation?.text?.trim()
    || `In compliance with order ${order.reference} (${order.provision}), received ${ist(order.receivedAt)}, access to ${disabled} of the ${outcome.length} items it names is disabled as of ${ist(at)}.`;
  const emailed = channel === 'email' && !!order.issuer.email;
  const done: TakedownOrder = {
    ...order, status: 'complied', compliedAt: at, compliedBy: actor.id, outcome, confirmation: { text, channel, at, emailed },
  };
  await deps.store.transaction(async (tx) => {
    // Locked re-read: of two concurrent complies, the second stops here.
    const fresh = await tx.getLegalOrder(order.id);
    if (fresh?.status === 'complied') throw conflict('order_complied', 'This order was already complied with.');
    await tx.saveLegalOrder(done);
    await tx.appendAudit({
      at, actor: actor.id, action: 'order.comply', targetType: 'order', targetId: order.id, reason: null, rule: null,
      data: { reference: order.reference, outcome, withinClock: withinClock(order.dueAt, at), dueAt: order.dueAt },
    });
    await tx.appendAudit({
      at, actor: actor.id, action: 'order.confirm', targetType: 'order', targetId: order.id, reason: channel, rule: null,
      data: { text, channel, emailed, to: emailed ? order.issuer.email : null },
    });
    if (emailed) {
      await enqueueMail({ store: tx, now: deps.now }, {
        to: order.issuer.email!, template: 'order_confirmation', lang: 'en', idempotencyKey: `order-confirmation:${order.id}`,
        data: { reference: order.reference, text },
      });
    }
  });
  if (emailed) deps.wakeMail?.();
  return done;
}
