// What an unverified local account may post: held for review (default) or refused, while email verification is on.
import type { CommentStatus, Site, User } from '../domain/types';
import { forbidden } from '../domain/errors';

/**
 * A local account (a password, no publisher SSO subject) whose address is not proven. SSO readers are vouched for by
 * the publisher; staff and the bootstrap admin are verified when made (ensureAdminUser).
 */
export const mustVerifyEmail = (user: User, on: boolean | undefined): boolean =>
  !!on && !user.emailVerified && !user.ssoSubject && !!user.passwordHash;

/** Throws 403 `email_not_verified` where the site refuses unverified readers' comments. */
export function assertMayPost(user: User, site: Site, on: boolean | undefined): void {
  if (mustVerifyEmail(user, on) && site.settings.unverifiedComments === 'refuse') {
    throw forbidden('email_not_verified', 'Confirm your email address (use the link we sent you) before posting.');
  }
}

/** Holds what the engine would approve; never softens a review or a reject. */
export function holdUnverified(status: CommentStatus, user: User, on: boolean | undefined): CommentStatus {
  return status === 'approved' && mustVerifyEmail(user, on) ? 'review' : status;
}
