// What the legal-order use cases need: the store, a clock, the job queue, the order clocks, and (once merged) evidence preservation.
import type { OrderClocks } from '../compliance/orders';
import type { Comment } from '../domain/types';
import type { Queue } from '../jobs/queue';
import type { Store } from '../store/store';

/** The evidence branch's preserveEvidence(deps, {commentId, reason, trigger, actor}), bound to its deps. */
export type PreserveEvidence = (input: { commentId: string; reason: string; trigger: string; actor: string }) => Promise<{ id: string }>;

export interface OrderDeps {
  store: Store;
  now: () => Date;
  queue: Pick<Queue, 'enqueue'>;
  clocks: OrderClocks;
  /** Absent until evidence preservation is wired in: compliance then records `evidenceId: null` for each comment. */
  preserveEvidence?: PreserveEvidence;
  /** Tells live views a comment changed (as staffDeps does). */
  onCommentChanged?: (c: Comment) => void;
  /** Starts the mail sender after mail was queued. */
  wakeMail?: () => void;
  /** Public base URL, for links in mail. */
  publicUrl?: string | null;
}

/** The escalation job's name; its key is `order-escalation:<orderId>:<point>`, so each point fires once. */
export const ORDER_ESCALATION_JOB = 'order.escalate';

/** A time as people read it: IST (UTC+05:30, no DST). */
export function ist(iso: string): string {
  const d = new Date(Date.parse(iso) + 330 * 60_000);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} IST`;
}
