// Files a complaint with the grievance officer: no account needed; clocks start, the complainant is mailed, escalations are queued.
import { randomBytes, randomUUID } from 'node:crypto';
import { deadlinesFor, escalationTimes, formatIst } from '../compliance/clocks';
import { hasVisibleText } from '../domain/comments';
import { badRequest } from '../domain/errors';
import type { Grievance, GrievanceCategory } from '../domain/grievance';
import { checkAddress, enqueueMail } from '../mail/outbox';
import { emitWebhookEvent } from '../webhooks/emit';
import { ESCALATION_JOB, tokenHash, type EscalationPayload, type GrievanceDeps } from './grievanceDeps';

export const GRIEVANCE_DESCRIPTION_MAX = 5000;

export interface GrievanceInput {
  category: GrievanceCategory;
  commentId?: string;
  commentUrl?: string;
  description: string;
  name: string;
  email: string;
  lang?: 'en' | 'hi';
}

export interface FiledGrievance {
  grievance: Grievance;
  /** The tracking token (≥128 bits: 256 random bits); returned once, inside trackingUrl, and never stored. */
  token: string;
  trackingUrl: string;
}

/** `base`: our public origin, e.g. https://comments.example (the tracking page lives there). */
export async function fileGrievance(deps: GrievanceDeps, input: GrievanceInput & { siteId: string; base: string }): Promise<FiledGrievance> {
  const description = (input.description ?? '').trim();
  if (!hasVisibleText(description)) throw badRequest('description_empty', 'Describe the complaint.');
  if ([...description].length > GRIEVANCE_DESCRIPTION_MAX) throw badRequest('description_too_long', `At most ${GRIEVANCE_DESCRIPTION_MAX} characters.`);
  const name = (input.name ?? '').trim();
  if (!hasVisibleText(name)) throw badRequest('name_empty', 'Give your name.');
  const email = checkAddress(input.email ?? '');
  const commentUrl = input.commentUrl?.trim() || null;
  if (commentUrl && !/^https?:\/\//i.test(commentUrl)) throw badRequest('validation_failed', 'commentUrl must be an http(s) URL.');
  if (input.commentId) {
    const c = await deps.store.getComment(input.commentId);
    // A comment of another site is as unknown as a made-up id.
    if (!c || c.siteId !== input.siteId) throw badRequest('comment_not_found', 'There is no comment with that id on this site.');
  }
  const lang = input.lang === 'hi' ? 'hi' : 'en';
  const received = deps.now();
  const { acknowledgeBy, resolveBy } = deadlinesFor(input.category, received, deps.clocks);
  const token = randomBytes(32).toString('base64url');
  const trackingUrl = `${input.base}/grievance/track/${token}`;
  const grievance = await deps.store.transaction(async (tx) => {
    const g = await tx.createGrievance({
      id: randomUUID(), siteId: input.siteId, year: received.getUTCFullYear(), category: input.category,
      commentId: input.commentId ?? null, commentUrl, description, name, email, lang, tokenHash: tokenHash(token),
      status: 'received', receivedAt: received.toISOString(), acknowledgeBy: acknowledgeBy.toISOString(),
      resolveBy: resolveBy.toISOString(), acknowledgedAt: null, acknowledgedBy: null, decidedAt: null, decidedBy: null,
      outcome: null, letter: null, action: null,
    });
    // Personal data stays in the grievances table; the chain records what was filed about what, and the clocks.
    await tx.appendAudit({
      at: g.receivedAt, actor: 'system', action: 'grievance.file', targetType: 'grievance', targetId: g.id, reason: g.category, rule: null,
      data: { ticket: g.ticket, category: g.category, commentId: g.commentId, commentUrl: g.commentUrl, acknowledgeBy: g.acknowledgeBy, resolveBy: g.resolveBy },
    });
    // No name, email, description or token: a receiver learns that a complaint was filed, about what, and its clocks.
    await emitWebhookEvent({ store: tx, now: deps.now }, 'grievance.created', {
      siteId: g.siteId, grievanceId: g.id, ticket: g.ticket, category: g.category, commentId: g.commentId, commentUrl: g.commentUrl,
      receivedAt: g.receivedAt, acknowledgeBy: g.acknowledgeBy, resolveBy: g.resolveBy,
    });
    // Same transaction: the complaint and its acknowledgement commit together (IT Rules 3(2)(a)(i): acknowledge in 24 h).
    await enqueueMail({ store: tx, now: deps.now }, {
      to: email, template: 'grievance_ack', lang, idempotencyKey: `grievance_ack:${g.id}`,
      data: { ticket: g.ticket, trackingUrl, name, resolveBy: formatIst(resolveBy) },
    });
    return g;
  });
  await scheduleEscalations(deps, grievance, input.base);
  deps.wakeMail?.();
  return { grievance, token, trackingUrl };
}

/**
 * One job per clock and point, keyed by ticket+clock+point so a retry schedules nothing twice. After the commit:
 * BullMQ cannot join the store's transaction. Where acknowledgement falls at the disposal deadline (2 h and 3 h lanes)
 * only the disposal clock is watched, so the officer gets one notice per point, not two.
 */
export async function scheduleEscalations(deps: Pick<GrievanceDeps, 'queue'>, g: Grievance, base: string, after?: Date): Promise<void> {
  const received = new Date(g.receivedAt);
  const clocks: { clock: EscalationPayload['clock']; deadline: string }[] = [{ clock: 'resolve', deadline: g.resolveBy }];
  if (g.acknowledgeBy < g.resolveBy) clocks.unshift({ clock: 'acknowledge', deadline: g.acknowledgeBy });
  for (const { clock, deadline } of clocks) {
    for (const { point, at } of escalationTimes(received, new Date(deadline))) {
      // The breach notice goes out just after the deadline: exactly at it the complaint is still on time.
      const runAt = point === 100 ? new Date(at.getTime() + 1000) : at;
      if (after && runAt.getTime() <= after.getTime()) continue;
      const payload: EscalationPayload = { grievanceId: g.id, clock, point, base };
      await deps.queue.enqueue(ESCALATION_JOB, payload, { key: `grievance:${g.id}:${clock}:${point}`, runAt });
    }
  }
}

/**
 * At start: schedules again the escalations still ahead of every open complaint (keys make it a no-op where they exist),
 * so a crash between a filing's commit and its enqueues, or a BullMQ that lost its Redis, costs no future notice. Points
 * already past are left alone: they may have run (BullMQ forgets finished jobs), and the board shows the level anyway.
 */
export async function resumeEscalations(deps: Pick<GrievanceDeps, 'queue' | 'store' | 'now'>, siteId: string, base: string): Promise<number> {
  const open = await deps.store.listGrievances({ siteId, statuses: ['received', 'acknowledged'], limit: 100_000 });
  for (const g of open) await scheduleEscalations(deps, g, base, deps.now());
  return open.length;
}
