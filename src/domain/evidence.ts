// Evidence preserved when content is removed: a record, its hashed items, its legal hold and its purge tombstone.
import type { Id, Instant } from './types';

/** What removed the content: a staff verb, the engine at posting, the author, an appeal decision, a takedown order. */
export const EVIDENCE_TRIGGERS = ['staff', 'engine', 'author', 'appeal', 'order'] as const;
export type EvidenceTrigger = (typeof EVIDENCE_TRIGGERS)[number];

/** One preserved item: its canonical JSON is stored verbatim, so its sha256 can be recomputed byte for byte. */
export interface EvidenceItem {
  recordId: Id;
  /** Position in the record, 0-based; the order of the preserve audit entry's `items`. */
  idx: number;
  /** e.g. "comment", "revision.2", "metadata", "thread", "reports", "history", "decision". */
  kind: string;
  /** Canonical JSON (sorted keys) of the item. */
  content: string;
  /** Hex SHA-256 of `content` (UTF-8). */
  sha256: string;
}

/** The item list kept after a purge: the deletion proof names what existed without keeping it. */
export type EvidenceItemHash = Pick<EvidenceItem, 'idx' | 'kind' | 'sha256'>;

export interface LegalHold {
  reason: string;
  by: Id;
  at: Instant;
  /** The hold lapses by itself at this time; null holds until released. */
  until: Instant | null;
}

export interface EvidenceRecord {
  id: Id;
  siteId: Id;
  commentId: Id;
  trigger: EvidenceTrigger;
  reason: string;
  /** User id, or "system" for the engine. */
  actor: string;
  /** When the content was removed: retention runs from here. */
  removedAt: Instant;
  /** End of the retention period (removedAt + the configured days). */
  expiresAt: Instant;
  /** seq of the `evidence.preserve` audit entry whose data holds the item hashes. */
  auditSeq: number;
  items: EvidenceItemHash[];
  hold: LegalHold | null;
  purgedAt: Instant | null;
  /** seq of the `evidence.purge` entry, once purged. */
  purgeSeq: number | null;
}
