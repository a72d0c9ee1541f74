// What an erasure request may erase now and what the law makes us keep, why and until when (compliance.md §2.4). Pure.
// Retention is decided from the comment's evidence records (their legal holds and expiry, src/domain/evidence.ts); a
// comment removed before evidence existed falls back to its status and the audit log's removal time.
import type { EvidenceRecord } from '../domain/evidence';
import type { CommentStatus } from '../domain/types';
import { holdActive } from './retention';

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
  /** When the floor ends; for a legal hold its own end, or null while it lasts until it is lifted. */
  until: string | null;
  /** The binding legal hold, told to the reader: its reason and until when (null: until released). */
  hold: { reason: string; until: string | null } | null;
  /** The evidence record that is kept, when there is one. */
  evidenceId: string | null;
}
export type ErasureDecision = KeepDecision | { keep: false };

/** Statuses moderation gave: the content was removed and its evidence must be kept. */
const REMOVED_BY_MODERATION: readonly CommentStatus[] = ['rejected', 'removed'];

export const RULES_TEXT: Record<RetentionReason, string> = {
  removed_evidence: 'IT Rules 2021, Rule 3(1)(g); DPDP Act s.8(7), s.17(1)(c)',
  legal_hold: 'Legal hold under an order of a court or authorised agency; DPDP Act s.17(1)(c)',
};

export type EvidenceFact = Pick<EvidenceRecord, 'id' | 'expiresAt' | 'hold' | 'purgedAt'>;

/**
 * One comment of a reader asking for erasure. `evidence`: the comment's evidence records; a binding legal hold on any
 * of them keeps it (the hold lasting longest is told), else an unexpired one keeps it until its expiry. Without any
 * record (removed before evidence existed), `removedAt` is when moderation removed it (from the audit log; the posting
 * time for an automatic rejection). `held`: a legal hold known to the caller otherwise.
 */
export function erasureDecision(
  c: { status: CommentStatus; removedAt: string | null; held: boolean; evidence?: readonly EvidenceFact[] },
  now: Date,
  rules: RetentionRules = DEFAULT_RETENTION,
): ErasureDecision {
  const live = (c.evidence ?? []).filter((r) => !r.purgedAt);
  const held = live.filter((r) => holdActive(r.hold, now));
  if (held.length) {
    // A hold without an end outlasts any with one; else the latest end.
    const r = held.reduce((a, b) => (a.hold!.until === null ? a : b.hold!.until === null || b.hold!.until > a.hold!.until ? b : a));
    const hold = { reason: r.hold!.reason, until: r.hold!.until };
    return { keep: true, reason: 'legal_hold', rule: RULES_TEXT.legal_hold, until: hold.until, hold, evidenceId: r.id };
  }
  if (c.held) return { keep: true, reason: 'legal_hold', rule: RULES_TEXT.legal_hold, until: null, hold: null, evidenceId: null };
  if (c.evidence?.length) {
    // Past its expiry the evidence job purges it; the reader's erasure then has nothing more to keep.
    const open = live.filter((r) => Date.parse(r.expiresAt) > now.getTime());
    if (!open.length) return { keep: false };
    const r = open.reduce((a, b) => (b.expiresAt > a.expiresAt ? b : a));
    return { keep: true, reason: 'removed_evidence', rule: RULES_TEXT.removed_evidence, until: r.expiresAt, hold: null, evidenceId: r.id };
  }
  if (!REMOVED_BY_MODERATION.includes(c.status)) return { keep: false };
  const removed = Date.parse(c.removedAt ?? now.toISOString());
  const until = new Date(removed + rules.removedEvidenceDays * DAY_MS);
  if (until.getTime() <= now.getTime()) return { keep: false };
  return { keep: true, reason: 'removed_evidence', rule: RULES_TEXT.removed_evidence, until: until.toISOString(), hold: null, evidenceId: null };
}

/** When sealed registration data is purged, and when the reader is warned before it. */
export function registrationPurge(closedAt: Date, rules: RetentionRules = DEFAULT_RETENTION): { purgeAt: Date; warnAt: Date } {
  const purgeAt = new Date(closedAt.getTime() + rules.registrationDays * DAY_MS);
  return { purgeAt, warnAt: new Date(purgeAt.getTime() - rules.purgeWarningHours * 3_600_000) };
}
