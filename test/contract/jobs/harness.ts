// What the job-queue contract needs from an adapter: nodes on one shared backend, and a way to let time pass.
import type { Queue, RetryPolicy } from '../../../src/jobs/queue';

export interface QueueHarness {
  /** A new node (Queue instance) on the shared backend; the harness closes it at cleanup. */
  node(opts?: { retry?: RetryPolicy }): Queue;
  /** The queues' clock. */
  now(): Date;
  /** Lets ms of the queues' time pass (a fake clock moves; real time is waited for). */
  advance(ms: number): Promise<void>;
  cleanup(): Promise<void>;
}

export type QueueHarnessFactory = () => Promise<QueueHarness>;

/** The retry policy the contract uses: short, so real-time adapters pass quickly too. */
export const FAST_RETRY: RetryPolicy = { attempts: 3, baseMs: 300, maxMs: 1_000 };

/** Waits (real time) until cond holds; fails after ms. */
export async function until(cond: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Real time for in-flight work to finish (used to show that something did NOT happen). */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
