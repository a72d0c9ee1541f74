// What the legal-order use cases need: the store, a clock, the job queue, the order clocks, and the evidence retention.
import type { OrderClocks } from '../compliance/orders';
import type { Comment } from '../domain/types';
import type { Queue } from '../jobs/queue';
import type { Store } from '../store/store';

export interface OrderDeps {
  store: Store;
  now: () => Date;
  queue: Pick<Queue, 'enqueue'>;
  clocks: OrderClocks;
  /** Days removed content's evidence is kept (Config.evidenceRetentionDays). */
  evidenceRetentionDays?: number;
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
