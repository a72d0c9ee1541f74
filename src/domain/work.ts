// Records of deferred work kept in the Store: background jobs (src/jobs) and the mail outbox (src/mail).
import type { Id, Instant } from './types';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobRecord {
  id: Id;
  name: string;
  /** Unique across all jobs: enqueueing the same key again schedules nothing. */
  key: string;
  /** JSON text. */
  payload: string;
  status: JobStatus;
  runAt: Instant;
  /** Claims so far (a claim whose lease lapsed counts too, so a job that crashes its process stops after maxAttempts). */
  attempts: number;
  maxAttempts: number;
  /** The claim token of the run in progress. */
  owner: string | null;
  leaseUntil: Instant | null;
  lastError: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export type MailStatus = 'queued' | 'sending' | 'sent' | 'dead';

export interface OutboxMail {
  id: Id;
  /** Unique: a second enqueue with the same key is ignored. */
  key: string;
  to: string;
  template: string;
  lang: string;
  /** JSON text of the template's data, kept so a message can be traced to what produced it. */
  data: string;
  /** The rendered message, fixed at enqueue time so a template change never alters queued mail. */
  subject: string;
  text: string;
  html: string;
  /** JSON text of extra headers (e.g. List-Unsubscribe). */
  headers: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Instant;
  owner: string | null;
  leaseUntil: Instant | null;
  lastError: string | null;
  createdAt: Instant;
  sentAt: Instant | null;
}

/** How a claimed run ended. */
export type JobOutcome =
  | { status: 'done' }
  | { status: 'queued'; runAt: Instant; error: string }
  | { status: 'failed'; error: string };

export type MailOutcome =
  | { status: 'sent' }
  | { status: 'queued'; nextAttemptAt: Instant; error: string }
  | { status: 'dead'; error: string };

/** What a worker asks for when it claims due work. */
export interface ClaimQuery {
  now: Instant;
  /** The token the claimed rows are marked with; completion must present it. */
  owner: string;
  leaseUntil: Instant;
  limit: number;
}
