// Records that a user accepted the site's current policy version, with a salted hash of their IP.
import { createHash } from 'node:crypto';
import type { User } from '../domain/types';
import { badRequest } from '../domain/errors';
import type { Store } from '../store/store';

export const ipHash = (salt: string, ip: string) => createHash('sha256').update(`${salt}|${ip}`, 'utf8').digest('hex');

export async function acceptPolicy(
  deps: { store: Store; now: () => Date; ipSalt: string },
  input: { user: User; version: number; ip: string },
): Promise<{ version: number; acceptedAt: string }> {
  const current = await deps.store.getPolicy(input.user.siteId);
  if (!current || current.version !== input.version) {
    throw badRequest('policy_version_mismatch', `The current policy version is ${current?.version ?? 'none'}, not ${input.version}.`);
  }
  const existing = await deps.store.getAcceptance(input.user.id, current.version);
  if (existing) return { version: existing.version, acceptedAt: existing.at };
  const at = deps.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.acceptPolicy({ userId: input.user.id, siteId: input.user.siteId, version: current.version, at, ipHash: ipHash(deps.ipSalt, input.ip) });
    await tx.appendAudit({ at, actor: input.user.id, action: 'policy.accept', targetType: 'policy', targetId: String(current.version), reason: null, rule: null, data: { version: current.version } });
  });
  return { version: current.version, acceptedAt: at };
}
