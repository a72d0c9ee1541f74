// Imported history: which systems we import from, what an import record is, and how a foreign status maps to ours.
import type { CommentStatus, Id, Instant } from './types';

export const IMPORT_SOURCES = ['disqus', 'wordpress', 'remark42', 'isso', 'charcha'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
export const IMPORT_KINDS = ['story', 'author', 'comment'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * One imported thing: (siteId, source, kind, originalId) is unique, which is what makes an import idempotent.
 * Authors keep their lower-cased email here (not on the user row), so an imported identity holds no address that a
 * reader could be refused for, and a reader who proves that address can claim it (claimImportedIdentity).
 */
export interface ImportRecord {
  siteId: Id;
  source: ImportSource;
  kind: ImportKind;
  originalId: string;
  localId: Id;
  /** The source's own status, e.g. "spam", "trash", "deleted", "pingback", "pending": kept verbatim. */
  originalStatus: string | null;
  email: string | null;
  /** The user who claimed this imported author (null until claimed). */
  claimedBy: Id | null;
  createdAt: Instant;
}

/** The foreign statuses that are public in their source; everything else is kept but never shown. */
export const PUBLIC_ORIGINAL_STATUSES = ['approved'] as const;

/**
 * An imported comment is public only when its source showed it. Spam, deleted, unapproved, trashed comments and
 * pingbacks become `removed`: staff and (once claimed) the author still see them as evidence, readers never do, and
 * they never enter the moderators' queue (a `review` would flood it with years of old pending comments).
 */
export function importedStatus(originalStatus: string): CommentStatus {
  return (PUBLIC_ORIGINAL_STATUSES as readonly string[]).includes(originalStatus) ? 'approved' : 'removed';
}

/** statusReason of a non-public imported comment: the author would be shown this, so it names the source's status. */
export const importedReason = (source: ImportSource, originalStatus: string) => `imported from ${source}: ${originalStatus}`;
