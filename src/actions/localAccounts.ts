// The site setting that turns readers' Charcha email+password accounts off (a publisher that signs readers in itself).
import { AppError } from '../domain/errors';
import { STAFF_ROLES, type Site, type User } from '../domain/types';

/** On unless the site turned it off: sites from before the setting keep their accounts. */
export const localAccountsAllowed = (site: Site) => site.settings.localAccounts !== false;

/**
 * Refuses reader registration, and a reader's password sign-in, when the site has local accounts off. Staff still sign
 * in with their password: the dashboard must never lock its admins out because readers come from the publisher.
 */
export function assertLocalAccount(site: Site, user?: User): void {
  if (localAccountsAllowed(site)) return;
  if (user && (STAFF_ROLES as readonly string[]).includes(user.role)) return;
  throw new AppError(403, 'local_accounts_disabled', 'This site signs readers in through the publisher; Charcha accounts are turned off.');
}
