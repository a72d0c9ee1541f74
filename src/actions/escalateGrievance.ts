// The escalation job: re-reads the complaint and, if its clock still runs, mails the officer and records the escalation.
import { formatIst } from '../compliance/clocks';
import { awaitsAcknowledgement, awaitsDecision } from '../compliance/grievances';
import { enqueueMail } from '../mail/outbox';
import type { EscalationPayload, GrievanceDeps } from './grievanceDeps';

export type EscalationResult = 'sent' | 'recorded' | 'moot';

/**
 * 'moot' when the clock has stopped (acknowledged or decided, or the complaint is gone); 'recorded' when the site has
 * no officer email to write to (the audit entry and the breach board still show it); 'sent' otherwise.
 */
export async function escalateGrievance(deps: Pick<GrievanceDeps, 'store' | 'now' | 'wakeMail'>, p: EscalationPayload): Promise<EscalationResult> {
  const result = await deps.store.transaction(async (tx): Promise<EscalationResult> => {
    const g = await tx.getGrievance(p.grievanceId);
    if (!g) return 'moot';
    if (p.clock === 'acknowledge' ? !awaitsAcknowledgement(g.status) : !awaitsDecision(g.status)) return 'moot';
    const deadline = p.clock === 'acknowledge' ? g.acknowledgeBy : g.resolveBy;
    await tx.appendAudit({
      at: deps.now().toISOString(), actor: 'system', action: 'grievance.escalate', targetType: 'grievance', targetId: g.id,
      reason: `${p.clock}:${p.point === 100 ? 'breached' : `${p.point}%`}`, rule: null,
      data: { ticket: g.ticket, category: g.category, clock: p.clock, point: p.point, deadline, status: g.status },
    });
    const to = (await tx.getSite(g.siteId))?.settings.grievanceOfficer?.email;
    if (!to) return 'recorded';
    await enqueueMail({ store: tx, now: deps.now }, {
      to, template: 'grievance_escalation', lang: 'en', idempotencyKey: `grievance_escalation:${g.id}:${p.clock}:${p.point}`,
      data: {
        ticket: g.ticket, category: g.category, clock: p.clock === 'acknowledge' ? 'acknowledgement' : 'decision',
        point: String(p.point), deadline: formatIst(deadline), link: p.base ? `${p.base}/admin` : undefined,
      },
    });
    return 'sent';
  });
  if (result === 'sent') deps.wakeMail?.();
  return result;
}
