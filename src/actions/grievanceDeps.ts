// What grievance use cases share: their deps, the tracking-token hash, the escalation job's name and the public view of deadlines.
import { createHash } from 'node:crypto';
import type { ClockSettings } from '../compliance/clocks';
import type { Queue } from '../jobs/queue';
import type { Store } from '../store/store';

export interface GrievanceDeps {
  store: Store;
  now: () => Date;
  queue: Queue;
  clocks: Readonly<ClockSettings>;
  /** Nudges the mail sender after a message is queued (it also polls); absent without SMTP. */
  wakeMail?: () => void;
}

/** The job that checks a clock at 50%, 80% and 100%; every node registers it (main.ts). */
export const ESCALATION_JOB = 'grievance.escalate';

export interface EscalationPayload {
  grievanceId: string;
  clock: 'acknowledge' | 'resolve';
  point: 50 | 80 | 100;
  /** Our public origin when the complaint was filed, for the dashboard link in the notice. */
  base: string;
}

/** SHA-256 hex of a tracking token: the store keeps only this, so a copy of the database cannot open anyone's ticket. */
export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
