// The officer acknowledges a complaint: stops the acknowledgement clock; audited.
import { canMoveGrievance } from '../compliance/grievances';
import { conflict, notFound } from '../domain/errors';
import type { Grievance } from '../domain/grievance';
import type { Store } from '../store/store';
import { authorize, type StaffActor } from './staffDeps';

export async function acknowledgeGrievance(deps: { store: Store; now: () => Date }, input: { actor: StaffActor; id: string }): Promise<Grievance> {
  authorize(input.actor, 'grievance.acknowledge', input.actor.siteId);
  return deps.store.transaction(async (tx) => {
    const g = await tx.getGrievance(input.id);
    if (!g || g.siteId !== input.actor.siteId) throw notFound('Grievance');
    if (!canMoveGrievance(g.status, 'acknowledged')) throw conflict('invalid_transition', `This complaint is already ${g.status}.`);
    const at = deps.now().toISOString();
    const patch = { status: 'acknowledged' as const, acknowledgedAt: at, acknowledgedBy: input.actor.id };
    await tx.updateGrievance(g.id, patch);
    await tx.appendAudit({
      at, actor: input.actor.id, action: 'grievance.acknowledge', targetType: 'grievance', targetId: g.id, reason: g.category, rule: null,
      data: { ticket: g.ticket, acknowledgeBy: g.acknowledgeBy, late: at > g.acknowledgeBy },
    });
    return { ...g, ...patch };
  });
}
