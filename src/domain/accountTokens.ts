// One-use account tokens sent by e-mail: verifying an address (at sign-up or an email change) and resetting a password.
import type { Id, Instant } from './types';

export const ACCOUNT_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** A reset link lives 30 minutes (issue 10); a verification link two days, so a reader can come back to it. */
export const RESET_TOKEN_MINUTES = 30;
export const VERIFY_TOKEN_HOURS = 48;

export interface AccountToken {
  /** SHA-256 of the secret sent in the link; the secret itself is never stored. */
  tokenHash: string;
  userId: Id;
  siteId: Id;
  purpose: AccountTokenPurpose;
  /** The address the link was sent to: for verify_email the address being proved (the new one on a change). */
  email: string;
  createdAt: Instant;
  expiresAt: Instant;
  /** Set once the token is used, or voided by a newer one or a completed reset; a used token never works again. */
  usedAt: Instant | null;
}
