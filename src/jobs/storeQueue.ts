// The in-process scheduler: jobs live in the Store's jobs table (a restart loses no clock); nodes share it by leases.
import { randomUUID } from 'node:crypto';
import type { JobRecord } from '../domain/work';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import { consoleLog, reason, type WorkLog } from './log';
import { checkEnqueue, DEFAULT_RETRY, retryDelay, type EnqueueOptions, type JobHandler, type Queue, type RetryPolicy } from './queue';

export interface StoreQueueOptions {
  retry?: RetryPolicy;
  /** Jobs this node runs at once. */
  concurrency?: number;
  /** How often to look for jobs other nodes scheduled and for runs whose lease lapsed. */
  pollMs?: number;
  /** A claimed run belongs to this node for leaseMs, renewed every third of it while the handler runs. */
  leaseMs?: number;
  /** close() waits this long (real time) for running handlers. */
  graceMs?: number;
}

export interface StoreQueueDeps {
  store: Store;
  clock: Clock;
  log?: WorkLog;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function storeQueue(deps: StoreQueueDeps, opts: StoreQueueOptions = {}): Queue {
  const { store, clock } = deps;
  const log = deps.log ?? consoleLog;
  const retry = opts.retry ?? DEFAULT_RETRY;
  const concurrency = opts.concurrency ?? 4;
  const pollMs = opts.pollMs ?? 1_000;
  const leaseMs = opts.leaseMs ?? 60_000;
  const handlers = new Map<string, JobHandler>();
  const active = new Set<Promise<void>>();
  let names: string[] = [];
  let started = false;
  let closing = false;
  let cancelTimer: (() => void) | null = null;
  let ticking: Promise<void> | null = null;
  let again = false;

  /** Runs one tick now, or right after the one in flight (ticks never overlap, so claims never exceed concurrency). */
  const wake = () => {
    // No handlers, no work: a node without any never touches the jobs table.
    if (!started || closing || !names.length) return;
    if (ticking) { again = true; return; }
    ticking = tick().finally(() => {
      ticking = null;
      if (again) { again = false; wake(); }
    });
  };

  const sleepUntilNext = (delay: number) => {
    cancelTimer?.();
    cancelTimer = closing ? null : clock.setTimer(wake, Math.min(Math.max(0, delay), pollMs));
  };

  async function tick(): Promise<void> {
    try {
      const free = concurrency - active.size;
      let full = free <= 0;
      const now = clock.now().getTime();
      if (free > 0) {
        const claimed = await store.claimJobs(names, { now: iso(now), owner: randomUUID(), leaseUntil: iso(now + leaseMs), limit: free });
        for (const job of claimed) run(job);
        full = claimed.length === free;
      }
      if (closing) return;
      // With every slot busy, a finishing run wakes us; otherwise sleep until the next job is due (or the next poll).
      if (full) return sleepUntilNext(pollMs);
      const next = await store.nextJobAt(names);
      const later = clock.now().getTime();
      const delay = next ? Date.parse(next) - later : pollMs;
      // Due already: claim again at once if time moved on since our claim, else back off briefly rather than spin.
      sleepUntilNext(delay > 0 ? delay : later > now ? 0 : 50);
    } catch (err) {
      log.error({ err }, 'jobs: tick failed');
      sleepUntilNext(pollMs);
    }
  }

  function run(job: JobRecord): void {
    const owner = job.owner!;
    let ended = false;
    let cancelRenewal = () => {};
    const stopRenewing = () => { ended = true; cancelRenewal(); };
    const renew = () => {
      if (ended) return;
      cancelRenewal = clock.setTimer(() => {
        const until = iso(clock.now().getTime() + leaseMs);
        store.renewJobLease(job.id, owner, until).then(
          (mine) => { if (mine) renew(); },
          (err) => { log.warn({ err, job: job.key }, 'jobs: lease renewal failed'); renew(); },
        );
      }, leaseMs / 3);
    };
    const p = (async () => {
      renew();
      let outcome: Parameters<Store['settleJob']>[2];
      try {
        await handlers.get(job.name)!(JSON.parse(job.payload), { name: job.name, key: job.key, attempt: job.attempts });
        outcome = { status: 'done' };
      } catch (err) {
        const error = reason(err);
        const last = job.attempts >= job.maxAttempts;
        log.warn({ job: job.key, attempt: job.attempts, error }, last ? 'jobs: failed for good' : 'jobs: failed, will retry');
        outcome = last
          ? { status: 'failed', error }
          : { status: 'queued', error, runAt: iso(clock.now().getTime() + retryDelay(retry, job.attempts)) };
      } finally {
        stopRenewing();
      }
      try {
        const mine = await store.settleJob(job.id, owner, outcome, clock.now().toISOString());
        if (!mine) log.warn({ job: job.key }, 'jobs: the lease lapsed before the run ended; another node took the job');
      } catch (err) {
        // The lease will lapse and the job run again: handlers are written to survive that.
        log.error({ err, job: job.key }, 'jobs: could not record the outcome');
      }
    })();
    active.add(p);
    void p.finally(() => { active.delete(p); wake(); });
  }

  return {
    register(name, handler) {
      if (started) throw new Error('register job handlers before start()');
      handlers.set(name, handler);
    },
    async enqueue(name: string, payload: unknown, o: EnqueueOptions) {
      const json = checkEnqueue(name, payload, o);
      const now = clock.now();
      const runAt = o.runAt ?? now;
      await store.insertJob({
        id: randomUUID(), name, key: o.key, payload: json, status: 'queued', runAt: runAt.toISOString(), attempts: 0,
        maxAttempts: o.maxAttempts ?? retry.attempts, owner: null, leaseUntil: null, lastError: null,
        createdAt: now.toISOString(), updatedAt: now.toISOString(),
      });
      wake();
    },
    async start() {
      if (started) return;
      started = true;
      names = [...handlers.keys()];
      wake();
    },
    async close() {
      closing = true;
      cancelTimer?.();
      await ticking;
      const grace = new Promise((r) => setTimeout(r, opts.graceMs ?? 10_000).unref());
      await Promise.race([Promise.allSettled([...active]), grace]);
    },
  };
}
