// Records that a user accepted the site's current policy version (with a salted IP hash) and the consent ledger entry.
import type { ConsentChannel } from '../domain/rights';
import type { User } from '../domain/types';
import { badRequest } from '../domain/errors';
import type { Store } from '../store/store';
import { commentConsentWithdrawn, recordConsent } from './recordConsent';

export async function acceptPolicy(
  deps: { store: Store; now: () => Date; hashIp: (ip: string) => Promise<string> },
  input: { user: User; version: number; ip: string; channel?: ConsentChannel; lang?: string },
): Promise<{ version: number; acceptedAt: string }> {
  const current = await deps.store.getPolicy(input.user.siteId);
  if (!current || current.version !== input.version) {
    throw badRequest('policy_version_mismatch', `The current policy version is ${current?.version ?? 'none'}, not ${input.version}.`);
  }
  const existing = await deps.store.getAcceptance(input.user.id, current.version);
  // Accepted and not withdrawn since: nothing new to record.
  if (existing && !(await commentConsentWithdrawn(deps.store, input.user.id))) return { version: existing.version, acceptedAt: existing.at };
  const at = deps.now().toISOString();
  const ipHash = await deps.hashIp(input.ip);
  return deps.store.transaction(async (tx) => {
    if (!existing) {
      await tx.acceptPolicy({ userId: input.user.id, siteId: input.user.siteId, version: current.version, at, ipHash });
      await tx.appendAudit({ at, actor: input.user.id, action: 'policy.accept', targetType: 'policy', targetId: String(current.version), reason: null, rule: null, data: { version: current.version } });
    }
    const e = await recordConsent({ store: tx, now: deps.now }, {
      user: input.user, purpose: 'comment_policy', action: 'give', noticeVersion: current.version,
      channel: input.channel ?? 'api', lang: input.lang ?? 'en',
    });
    return { version: current.version, acceptedAt: existing ? e.at : at };
  });
}
