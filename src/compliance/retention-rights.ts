// What an erasure request may erase now and what the law makes us keep, why and until when (compliance.md §2.4). Pure.
// The evidence branch keeps evidence records and legal holds; until it lands here, retention is decided from the
// comment's status and removal time, and a hold is passed in by the caller.
import type { CommentStatus } from '../domain/types';

const DAY_MS = 86_400_000;

export interface RetentionRules {
  /** IT Rules 2021 Rule 3(1)(g): removed content and its records, 180 days from removal (compliance.md I-6) [V]. */
  removedEvidenceDays: number;
  /** Rule 3(1)(h): registration data, 180 days after the account is cancelled (compliance.md I-7) [V]. */
  registrationDays: number;
  /** Rule 8 of the DPDP Rules 2025: a warning at least 48 h before erasing (compliance.md D-7, §2.5) [V]. */
  purgeWarningHours: number;
}
export const DEFAULT_RETENTION: RetentionRules = { removedEvidenceDays: 180, registrationDays: 180, purgeWarningHours: 48 };

export type RetentionReason = 'removed_evidence' | 'legal_hold';
export interface KeepDecision {
  keep: true;
  reason: RetentionReason;
  /** The provision relied on, told to the reader (DPDP s.8(7), s.17(1)). */
  rule: string;
  /** When the floor ends; null for a legal hold, which lasts until it is lifted. */
  until: string | null;
}
export type ErasureDecision = KeepDecision | { keep: false };

/** Statuses moderation gave: the content was removed and its evidence must be kept. */
const REMOVED_BY_MODERATION: readonly CommentStatus[] = ['rejected', 'removed'];

export const RULES_TEXT: Record<RetentionReason, string> = {
  removed_evidence: 'IT Rules 2021, Rule 3(1)(g); DPDP Act s.8(7), s.17(1)(c)',
  legal_hold: 'Legal hold under an order of a court or authorised agency; DPDP Act s.17(1)(c)',
};

/**
 * One comment of a reader asking for erasure. `removedAt` is when moderation removed it (from the audit log; the
 * posting time for an automatic rejection); `held` is a legal hold on it.
 */
export function erasureDecision(
  c: { status: CommentStatus; removedAt: string | null; held: boolean },
  now: Date,
  rules: RetentionRules = DEFAULT_RETENTION,
): ErasureDecision {
  if (c.held) return { keep: true, reason: 'legal_hold', rule: RULES_TEXT.legal_hold, until: null };
  if (!REMOVED_BY_MODERATION.includes(c.status)) return { keep: false };
  const removed = Date.parse(c.removedAt ?? now.toISOString());
  const until = new Date(removed + rules.removedEvidenceDays * DAY_MS);
  // Past the floor the evidence job purges it; the reader's erasure then has nothing more to keep.
  if (until.getTime() <= now.getTime()) return { keep: false };
  return { keep: true, reason: 'removed_evidence', rule: RULES_TEXT.removed_evidence, until: until.toISOString() };
}

/** When sealed registration data is purged, and when the reader is warned before it. */
export function registrationPurge(closedAt: Date, rules: RetentionRules = DEFAULT_RETENTION): { purgeAt: Date; warnAt: Date } {
  const purgeAt = new Date(closedAt.getTime() + rules.registrationDays * DAY_MS);
  return { purgeAt, warnAt: new Date(purgeAt.getTime() - rules.purgeWarningHours * 3_600_000) };
}
