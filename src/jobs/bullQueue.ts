// BullMQ on Redis: the queue of a multi-node deployment (REDIS_URL). jobId = idempotency key, so a key schedules once.
// Delays are kept by Redis in real time: the clock seam only sets how far ahead runAt is.
import { Queue as BullQueue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Clock } from './clock';
import { consoleLog, reason, type WorkLog } from './log';
import { checkEnqueue, DEFAULT_RETRY, retryDelay, type EnqueueOptions, type JobHandler, type Queue, type RetryPolicy } from './queue';

export interface BullQueueOptions {
  retry?: RetryPolicy;
  concurrency?: number;
  /** Redis key prefix (tests use a fresh one each). */
  prefix?: string;
  /** How long done and failed jobs are kept, and so how long their keys stay taken. */
  keepMs?: number;
}

export interface BullQueueDeps {
  redisUrl: string;
  clock: Clock;
  log?: WorkLog;
}

const QUEUE_NAME = 'charcha-jobs';

/**
 * BullMQ refuses job ids that look like integers or contain ':'; this mapping is injective, so distinct keys stay
 * distinct and the same key always lands on the same id.
 */
export const bullJobId = (key: string) => `k.${key.replace(/%/g, '%25').replace(/:/g, '%3A')}`;

export function bullQueue(deps: BullQueueDeps, opts: BullQueueOptions = {}): Queue & { obliterate(): Promise<void> } {
  const { clock } = deps;
  const log = deps.log ?? consoleLog;
  const retry = opts.retry ?? DEFAULT_RETRY;
  const prefix = opts.prefix ?? 'charcha';
  const keep = { age: Math.ceil((opts.keepMs ?? 30 * 24 * 3600_000) / 1000) };
  const handlers = new Map<string, JobHandler>();
  const connections: Redis[] = [];
  // BullMQ's blocking commands need ioredis never to give up on a request.
  const connect = () => {
    const r = new Redis(deps.redisUrl, { maxRetriesPerRequest: null });
    r.on('error', (err) => log.warn({ err }, 'jobs: redis connection error'));
    connections.push(r);
    return r;
  };
  let queue: BullQueue | null = null;
  let worker: Worker | null = null;
  let started = false;
  // Created on first use, so a node that neither enqueues nor runs jobs opens no connection.
  const theQueue = () => (queue ??= new BullQueue(QUEUE_NAME, { connection: connect(), prefix }));

  const runJob = async (job: Job) => {
    const handler = handlers.get(job.name);
    if (!handler) throw new Error(`no handler for job ${job.name} on this node`);
    await handler(job.data, { name: job.name, key: keyOf(job), attempt: job.attemptsMade + 1 });
  };
  const keyOf = (job: Job) => decodeURIComponent((job.id ?? '').slice(2));

  return {
    register(name, handler) {
      if (started) throw new Error('register job handlers before start()');
      handlers.set(name, handler);
    },
    async enqueue(name: string, payload: unknown, o: EnqueueOptions) {
      checkEnqueue(name, payload, o);
      const delay = o.runAt ? Math.max(0, o.runAt.getTime() - clock.now().getTime()) : 0;
      await theQueue().add(name, payload ?? null, {
        jobId: bullJobId(o.key), delay, attempts: o.maxAttempts ?? retry.attempts, backoff: { type: 'charcha' },
        removeOnComplete: keep, removeOnFail: keep,
      });
    },
    async start() {
      if (started) return;
      started = true;
      if (!handlers.size) return;
      worker = new Worker(QUEUE_NAME, runJob, {
        connection: connect(), prefix, concurrency: opts.concurrency ?? 4,
        // The same back-off as the store adapter, for every retry.
        settings: { backoffStrategy: (attemptsMade: number) => retryDelay(retry, attemptsMade) },
      });
      worker.on('failed', (job, err) => log.warn({ job: job?.id, attempt: job?.attemptsMade, error: reason(err) }, 'jobs: run failed'));
      worker.on('error', (err) => log.error({ err }, 'jobs: worker error'));
      await worker.waitUntilReady();
    },
    async close() {
      // Worker.close waits for the runs in progress; BullMQ re-runs a stalled one elsewhere if this node dies instead.
      await worker?.close();
      await queue?.close();
      await Promise.all(connections.map((r) => r.quit().catch(() => r.disconnect())));
    },
    /** Deletes every key of this queue (tests). */
    async obliterate() {
      await theQueue().obliterate({ force: true });
    },
  };
}
