// Retention of removed content's evidence (pure): when it expires, whether a legal hold keeps it, when the next sweep runs.
import type { EvidenceRecord, LegalHold } from '../domain/evidence';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * IT Rules 2021 Rule 3(1)(g): keep removed content and its records for 180 days from removal (compliance.md §2.4,
 * §2.5, tagged [S]: read from the rule's text, not yet confirmed by counsel). A court or agency may require longer:
 * that is a legal hold, not a longer default.
 */
export const DEFAULT_EVIDENCE_RETENTION_DAYS = 180;

export function evidenceExpiry(removedAt: string, retentionDays: number): string {
  return new Date(Date.parse(removedAt) + retentionDays * DAY_MS).toISOString();
}

/** A hold binds until released, or until its own end when it has one. */
export function holdActive(hold: LegalHold | null, now: Date): boolean {
  return !!hold && (hold.until === null || Date.parse(hold.until) > now.getTime());
}

export type RetentionDecision =
  | { action: 'keep'; why: 'retention'; until: string }
  | { action: 'keep'; why: 'legal_hold'; until: string | null }
  | { action: 'purge' }
  | { action: 'none'; why: 'purged' };

/** What the purge sweep does with one record at `now`: the last applicable floor expires, unless a hold exists (§2.4). */
export function retentionDecision(r: Pick<EvidenceRecord, 'expiresAt' | 'hold' | 'purgedAt'>, now: Date): RetentionDecision {
  if (r.purgedAt) return { action: 'none', why: 'purged' };
  if (holdActive(r.hold, now)) return { action: 'keep', why: 'legal_hold', until: r.hold!.until };
  if (Date.parse(r.expiresAt) > now.getTime()) return { action: 'keep', why: 'retention', until: r.expiresAt };
  return { action: 'purge' };
}

/** The sweep's per-day idempotency key (UTC day), so every node enqueuing "today's sweep" schedules it once. */
export const purgeSweepKey = (day: Date) => `evidence.purge:${day.toISOString().slice(0, 10)}`;

/** The next sweep: the start of the next UTC day. */
export function nextSweepAt(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}
