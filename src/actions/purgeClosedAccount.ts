// Jobs after an erasure: the 48-hour warning, then the purge of the sealed registration data (Rule 3(1)(h): 180 days).
import { formatIst } from '../compliance/istTime';
import type { JobHandler } from '../jobs/queue';
import { enqueueMail } from '../mail/outbox';
import type { Store } from '../store/store';
import { PURGE_JOB, PURGE_WARNING_JOB } from './eraseAccount';

export interface PurgeDeps {
  store: Store;
  now: () => Date;
  wakeMail?: () => void;
}

/** Mails the sealed address that its data goes at purgeAt; nothing when there is no address or it is already purged. */
export async function warnBeforePurge(deps: PurgeDeps, p: { userId: string; lang?: string }): Promise<boolean> {
  const sent = await deps.store.transaction(async (tx) => {
    const c = await tx.getClosure(p.userId);
    if (!c?.sealed?.email || c.purgedAt) return false;
    await enqueueMail({ store: tx, now: deps.now }, {
      to: c.sealed.email, template: 'purge_warning', lang: p.lang ?? 'en', idempotencyKey: `purge-warning:${p.userId}`,
      data: { purgeAt: formatIst(c.purgeAt) },
    });
    return true;
  });
  if (sent) deps.wakeMail?.();
  return sent;
}

/** Deletes the sealed copy once; a second run (a retry, another node) finds it purged and does nothing. */
export async function purgeClosedAccount(deps: PurgeDeps, p: { userId: string }): Promise<boolean> {
  return deps.store.transaction(async (tx) => {
    const c = await tx.getClosure(p.userId);
    if (!c || c.purgedAt) return false;
    const at = deps.now().toISOString();
    // A job that runs early (a clock moved back) must not purge before the floor ends.
    if (Date.parse(at) < Date.parse(c.purgeAt)) throw new Error(`purge of ${p.userId} is not due before ${c.purgeAt}`);
    await tx.saveClosure({ ...c, sealed: null, purgedAt: at });
    await tx.appendAudit({ at, actor: 'system', action: 'account.purge', targetType: 'user', targetId: p.userId, reason: 'registration data retention ended', rule: 'IT Rules 2021, Rule 3(1)(h)', data: { closedAt: c.closedAt, purgeAt: c.purgeAt } });
    return true;
  });
}

/** The two handlers, for main.ts to register on the Queue. */
export const purgeJobs = (deps: PurgeDeps): Record<string, JobHandler> => ({
  [PURGE_WARNING_JOB]: async (p) => { await warnBeforePurge(deps, p); },
  [PURGE_JOB]: async (p) => { await purgeClosedAccount(deps, p); },
});
