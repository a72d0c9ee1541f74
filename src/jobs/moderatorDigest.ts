// The daily moderator digest on the Queue: one run per UTC day at DIGEST_HOUR_UTC; each run schedules the next.
import { sendModeratorDigest, type ModeratorMailDeps } from '../actions/moderatorAlerts';
import type { Id } from '../domain/types';
import type { Clock } from './clock';
import type { Queue } from './queue';

export const DIGEST_JOB = 'notify.digest';
/** 03:00 UTC is 08:30 in India: the digest is waiting when the morning shift starts. */
export const DIGEST_HOUR_UTC = 3;

/** The next digest time strictly after `now`. */
export function nextDigestAt(now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC);
  return new Date(today > now.getTime() ? today : today + 86_400_000);
}
const digestKey = (siteId: Id, at: Date) => `${DIGEST_JOB}:${siteId}:${at.toISOString().slice(0, 10)}`;

/** Registers the handler; call before queue.start(). */
export function registerModeratorDigest(queue: Queue, deps: Omit<ModeratorMailDeps, 'now'> & { clock: Clock }): void {
  queue.register(DIGEST_JOB, async (p: { siteId: Id }) => {
    await sendModeratorDigest({ ...deps, now: () => deps.clock.now() }, p.siteId);
    const next = nextDigestAt(deps.clock.now());
    await queue.enqueue(DIGEST_JOB, p, { key: digestKey(p.siteId, next), runAt: next });
  });
}

/** At start: the next digest (keys are per site and day, so every node and restart schedules each day once). */
export async function scheduleModeratorDigest(queue: Queue, clock: Clock, siteId: Id): Promise<void> {
  const next = nextDigestAt(clock.now());
  await queue.enqueue(DIGEST_JOB, { siteId }, { key: digestKey(siteId, next), runAt: next });
}
