// The one background-job interface. Adapters: storeQueue (jobs table, one or more nodes) and bullQueue (BullMQ on Redis).

/** What a handler learns about the run it is in. */
export interface JobContext {
  name: string;
  key: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

/** Does the job's work; a throw means "try again later" (with back-off) until attempts run out. */
export type JobHandler = (payload: any, ctx: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /** Idempotency key, unique across all jobs: the same key again schedules nothing (while the job is kept). */
  key: string;
  /** Not before this time; now when omitted. */
  runAt?: Date;
  /** Overrides the queue's default number of attempts. */
  maxAttempts?: number;
}

export interface Queue {
  /**
   * Registers the handler of a job name; call before start(). The store adapter claims only names this node has
   * handlers for; BullMQ nodes share one Redis queue, so every node must register every handler.
   */
  register(name: string, handler: JobHandler): void;
  /** Schedules a job (payload must be JSON); resolves once it is durable in the store or Redis. */
  enqueue(name: string, payload: unknown, opts: EnqueueOptions): Promise<void>;
  start(): Promise<void>;
  /** Stops taking jobs and waits for running handlers (up to a grace period; an unfinished run is re-run after its lease). */
  close(): Promise<void>;
}

export interface RetryPolicy {
  /** Runs in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles with each further one. */
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 5_000, maxMs: 60 * 60_000 };

/** Exponential back-off after the given failed attempt (1-based), capped at maxMs. Both adapters use this. */
export function retryDelay(policy: RetryPolicy, failedAttempt: number): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempt - 1));
}

/** Throws on a name or key the adapters cannot hold, so both adapters refuse the same things. */
export function checkEnqueue(name: string, payload: unknown, opts: EnqueueOptions): string {
  if (!/^[\w.-]{1,100}$/.test(name)) throw new Error(`invalid job name: ${name}`);
  if (!opts.key || opts.key.length > 400) throw new Error('a job needs an idempotency key of 1 to 400 characters');
  const json = JSON.stringify(payload ?? null);
  if (json === undefined) throw new Error('job payload must be JSON');
  return json;
}
