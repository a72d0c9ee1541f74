// The daily evidence.purge sweep on the Queue: purges expired, unheld evidence, then schedules the next day's sweep.
import { purgeExpiredEvidence } from '../actions/purgeEvidence';
import { nextSweepAt, purgeSweepKey } from '../compliance/retention';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import type { Queue } from './queue';

export const EVIDENCE_PURGE_JOB = 'evidence.purge';

/** Registers the sweep's handler; call before queue.start(). Each run schedules the next one (one per UTC day, by key). */
export function registerEvidencePurge(queue: Queue, deps: { store: Store; clock: Clock }): void {
  queue.register(EVIDENCE_PURGE_JOB, async () => {
    await purgeExpiredEvidence({ store: deps.store, now: () => deps.clock.now() });
    const next = nextSweepAt(deps.clock.now());
    await queue.enqueue(EVIDENCE_PURGE_JOB, {}, { key: purgeSweepKey(next), runAt: next });
  });
}

/**
 * At start: today's sweep (now) and tomorrow's. Keys are per day, so every node and every restart schedules each day
 * once; tomorrow's is scheduled here too, so a day whose sweep failed for good does not stop the ones after it.
 */
export async function scheduleEvidencePurge(queue: Queue, clock: Clock): Promise<void> {
  const now = clock.now();
  await queue.enqueue(EVIDENCE_PURGE_JOB, {}, { key: purgeSweepKey(now), runAt: now });
  const next = nextSweepAt(now);
  await queue.enqueue(EVIDENCE_PURGE_JOB, {}, { key: purgeSweepKey(next), runAt: next });
}
