// Rotating salts of stored IP hashes: one per UTC month, dropped once the month ended more than the retention window ago.
import { createHash } from 'node:crypto';

/** compliance.md §2.4: IP addresses are kept with removed content and in security logs for 180 days. */
export const IP_RETENTION_DAYS = 180;

/** The salt id for a moment: its UTC month, e.g. "2026-12". */
export const saltIdFor = (at: Date): string => at.toISOString().slice(0, 7);

/** The first instant after the salt's month. */
export function saltMonthEnd(id: string): Date {
  const [y, m] = id.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1));
}

/**
 * Salts whose month ended more than `days` ago: once dropped, the hashes made with them can no longer be matched to
 * any IP (they become unlinkable), while every hash younger than the window can still be checked.
 */
export function expiredSaltIds(ids: string[], now: Date, days = IP_RETENTION_DAYS): string[] {
  return ids.filter((id) => saltMonthEnd(id).getTime() + days * 86_400_000 <= now.getTime());
}

/** The stored form: "<saltId>:<sha256 hex of salt|ip>", so a later check knows which salt to use. */
export const hashIpWith = (saltId: string, salt: string, ip: string): string =>
  `${saltId}:${createHash('sha256').update(`${salt}|${ip}`, 'utf8').digest('hex')}`;

/** Whether a stored hash is this IP's, given the salts still kept (false once its salt was dropped). */
export function ipMatches(stored: string, ip: string, salts: ReadonlyMap<string, string>): boolean {
  const id = stored.split(':', 1)[0];
  const salt = salts.get(id);
  return salt !== undefined && hashIpWith(id, salt, ip) === stored;
}
