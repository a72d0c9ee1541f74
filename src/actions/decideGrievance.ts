// The officer decides a complaint: the letter (with the GAC appeal route) is stored and mailed; remove_comment takes the comment down.
import { formatIst } from '../compliance/clocks';
import { canMoveGrievance, decisionLetter } from '../compliance/grievances';
import { hasVisibleText } from '../domain/comments';
import { badRequest, conflict, notFound } from '../domain/errors';
import type { Grievance, GrievanceAction, GrievanceOutcome } from '../domain/grievance';
import type { Comment } from '../domain/types';
import { enqueueMail } from '../mail/outbox';
import type { GrievanceDeps } from './grievanceDeps';
import { staffCommentAction } from './staffCommentAction';
import { authorize, type StaffActor, type StaffDeps } from './staffDeps';

export const LETTER_MAX = 10_000;

export interface DecideGrievanceInput {
  actor: StaffActor;
  id: string;
  outcome: GrievanceOutcome;
  letter: string;
  action?: GrievanceAction;
}

export interface DecidedGrievance {
  grievance: Grievance;
  /** The named comment after the decision, when it was removed by it. */
  removed: Comment | null;
}

export async function decideGrievance(
  deps: Pick<GrievanceDeps, 'store' | 'now' | 'wakeMail'> & Pick<StaffDeps, 'onCommentChanged'>,
  /** base: our public origin. The tracking token is not stored, so the mail links the grievance page; the letter is in the mail. */
  input: DecideGrievanceInput & { base: string },
): Promise<DecidedGrievance> {
  authorize(input.actor, 'grievance.decide', input.actor.siteId);
  const text = (input.letter ?? '').trim();
  if (!hasVisibleText(text)) throw badRequest('letter_empty', 'A decision needs a letter to the complainant.');
  if ([...text].length > LETTER_MAX) throw badRequest('letter_too_long', `At most ${LETTER_MAX} characters.`);
  const action = input.action ?? 'none';
  const out = await deps.store.transaction(async (tx) => {
    const g = await tx.getGrievance(input.id);
    if (!g || g.siteId !== input.actor.siteId) throw notFound('Grievance');
    if (!canMoveGrievance(g.status, 'decided')) throw conflict('invalid_transition', `This complaint is already ${g.status}.`);
    if (action === 'remove_comment' && !g.commentId) throw badRequest('no_comment', 'This complaint names no comment to remove.');
    const at = deps.now().toISOString();
    let removed: Comment | null = null;
    let commentStatus: string | null = null;
    if (action === 'remove_comment') {
      const c = await tx.getComment(g.commentId!);
      commentStatus = c?.status ?? null;
      // The staff remove verb, on this transaction: the comment's audit entry and the decision commit together. A comment
      // already down (removed, rejected, withdrawn) stays as it is; the decision records its status.
      if (c && (c.status === 'approved' || c.status === 'review')) {
        const reason = g.category === 'privacy' ? 'personal_data' : 'other';
        removed = (await staffCommentAction({ store: tx, now: deps.now }, { actor: input.actor, commentId: c.id, verb: 'hide', reason, note: `grievance ${g.ticket}` })).comment;
      }
    }
    const letter = decisionLetter(text, g.lang);
    const patch = {
      status: 'decided' as const, decidedAt: at, decidedBy: input.actor.id, outcome: input.outcome, letter, action,
      ...(g.acknowledgedAt ? {} : { acknowledgedAt: at, acknowledgedBy: input.actor.id }),
    };
    await tx.updateGrievance(g.id, patch);
    await tx.appendAudit({
      at, actor: input.actor.id, action: 'grievance.decide', targetType: 'grievance', targetId: g.id, reason: input.outcome, rule: null,
      data: { ticket: g.ticket, outcome: input.outcome, action, commentId: g.commentId, commentStatus, removed: !!removed, resolveBy: g.resolveBy, late: at > g.resolveBy, letter },
    });
    await enqueueMail({ store: tx, now: deps.now }, {
      to: g.email, template: 'grievance_decision', lang: g.lang, idempotencyKey: `grievance_decision:${g.id}`,
      data: { ticket: g.ticket, outcome: input.outcome, letter, name: g.name, trackingUrl: `${input.base}/grievance`, decidedAt: formatIst(at) },
    });
    return { grievance: { ...g, ...patch }, removed };
  });
  if (out.removed) deps.onCommentChanged?.(out.removed);
  deps.wakeMail?.();
  return out;
}
