// Hashes client IPs with the current month's random salt (created on first use, shared by nodes through the store).
import { randomBytes } from 'node:crypto';
import { expiredSaltIds, hashIpWith, ipMatches, saltIdFor } from '../compliance/ipSalts';
import type { Queue } from '../jobs/queue';
import type { Store } from '../store/store';

export interface IpHasher {
  /** "<saltId>:<hex>" for the IP under the salt of now's month. */
  hash(ip: string): Promise<string>;
  /** Whether a stored hash belongs to this IP (false when its salt has been dropped). */
  matches(stored: string, ip: string): Promise<boolean>;
  /** Drops salts older than the retention window; returns their ids. */
  dropExpired(): Promise<string[]>;
}

export function ipHasher(deps: { store: Store; now: () => Date }): IpHasher {
  const cache = new Map<string, string>();
  const saltFor = async (id: string) => {
    let salt = cache.get(id);
    if (salt === undefined) {
      // Random, not derived from CHARCHA_SECRET: a derived salt could be recomputed, and old hashes would never expire.
      salt = (await deps.store.ensureIpSalt({ id, salt: randomBytes(32).toString('hex'), createdAt: deps.now().toISOString() })).salt;
      cache.set(id, salt);
    }
    return salt;
  };
  return {
    async hash(ip) {
      const id = saltIdFor(deps.now());
      return hashIpWith(id, await saltFor(id), ip);
    },
    async matches(stored, ip) {
      const salts = new Map((await deps.store.listIpSalts()).map((s) => [s.id, s.salt]));
      return ipMatches(stored, ip, salts);
    },
    async dropExpired() {
      const ids = expiredSaltIds((await deps.store.listIpSalts()).map((s) => s.id), deps.now());
      if (!ids.length) return [];
      await deps.store.transaction(async (tx) => {
        await tx.dropIpSalts(ids);
        await tx.appendAudit({ at: deps.now().toISOString(), actor: 'system', action: 'ip_salt.drop', targetType: 'ip_salt', targetId: ids.join(','), reason: 'retention window passed', rule: 'compliance.md §2.4 (180 days)', data: { ids } });
      });
      for (const id of ids) cache.delete(id);
      return ids;
    },
  };
}

export const DROP_IP_SALTS_JOB = 'rights.drop_ip_salts';

/** The next daily run: the coming UTC midnight; its key is the day, so every node schedules the same one. */
export async function scheduleSaltDrop(queue: Queue, now: Date): Promise<void> {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  await queue.enqueue(DROP_IP_SALTS_JOB, {}, { key: `ip-salts:${next.toISOString().slice(0, 10)}`, runAt: next });
}

/** Drops expired salts once a day, then schedules the next day's run. */
export const saltDropJob = (hasher: IpHasher, queue: Queue, now: () => Date) => async () => {
  await hasher.dropExpired();
  await scheduleSaltDrop(queue, now());
};
