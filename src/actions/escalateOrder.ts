// The escalation job: at 50%, 80% and the deadline of an order not yet complied with, audit it and e-mail the grievance officers.
import { pointLabel, type EscalationPoint } from '../compliance/orders';
import { inGoodStanding } from '../domain/permissions';
import { enqueueMail } from '../mail/outbox';
import { ist, type OrderDeps } from './orderDeps';

export async function escalateOrder(deps: Pick<OrderDeps, 'store' | 'now' | 'wakeMail' | 'publicUrl'>, p: { orderId: string; point: EscalationPoint }): Promise<{ sent: number }> {
  const sent = await deps.store.transaction(async (tx) => {
    const o = await tx.getLegalOrder(p.orderId);
    // Complied with (or gone): nothing to escalate. The job is still done, so the point never fires later.
    if (!o || o.status !== 'open') return 0;
    const staff = (await tx.listStaff(o.siteId)).filter((u) => u.email && inGoodStanding(u, deps.now()));
    // The grievance officer is paged; a site without one pages its admins, so an order never goes unseen.
    const officers = staff.filter((u) => u.role === 'grievance_officer');
    const to = officers.length ? officers : staff.filter((u) => u.role === 'admin');
    const point = pointLabel(p.point);
    for (const u of to) {
      await enqueueMail({ store: tx, now: deps.now }, {
        to: u.email!, template: 'order_escalation', lang: 'en', idempotencyKey: `order-escalation:${o.id}:${p.point}:${u.id}`,
        // The reference only: a confidential order's details stay in the register.
        data: { reference: o.reference, point, dueAt: ist(o.dueAt), kind: o.kind, link: deps.publicUrl ? `${deps.publicUrl}/admin/` : undefined },
      });
    }
    await tx.appendAudit({
      at: deps.now().toISOString(), actor: 'system', action: 'order.escalate', targetType: o.kind === 'takedown' ? 'order' : 'disclosure_request',
      targetId: o.id, reason: point, rule: null, data: { point: p.point, dueAt: o.dueAt, notified: to.map((u) => u.id) },
    });
    return to.length;
  });
  if (sent) deps.wakeMail?.();
  return { sent };
}
