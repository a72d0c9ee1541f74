// Readers' data rights: consent ledger entries, IP-hash salts and the sealed record of a closed account. A leaf module.
import type { Id, Instant } from './types';

/** What a notice asks consent for. */
export const CONSENT_PURPOSES = ['comment_policy', 'privacy_notice'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
/** Where consent was given or withdrawn. */
export const CONSENT_CHANNELS = ['widget', 'api', 'sso'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** One line of the append-only consent ledger (DPDP s.6, compliance.md F10): giving and withdrawing are both entries. */
export interface ConsentRecord {
  id: Id;
  userId: Id;
  siteId: Id;
  purpose: ConsentPurpose;
  /** The notice version consented to; null on a withdrawal of whatever was given. */
  noticeVersion: number | null;
  action: 'give' | 'withdraw';
  channel: ConsentChannel;
  /** The language the notice was shown in (en, hi, …). */
  lang: string;
  at: Instant;
}

/** A random salt of stored IP hashes; its id (the UTC month, "2026-12") is kept beside each hash. */
export interface IpSalt {
  id: string;
  salt: string;
  createdAt: Instant;
}

/** A closed account: its registration data sealed (not shown, not used) until purgeAt (Rule 3(1)(h)). */
export interface AccountClosure {
  userId: Id;
  closedAt: Instant;
  purgeAt: Instant;
  /** The registration data as it was at closure; null once purged. */
  sealed: { email: string | null; displayName: string; ssoSubject: string | null } | null;
  purgedAt: Instant | null;
}

/** Whether the latest ledger entry for a purpose is a withdrawal (no entry at all is not a withdrawal). */
export const consentWithdrawn = (ledger: ConsentRecord[], purpose: ConsentPurpose): boolean => {
  const last = ledger.filter((c) => c.purpose === purpose).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
  return last?.action === 'withdraw';
};
