// What every parser yields: foreign stories, authors and comments in our terms, with their original ids.
import type { CommentStatus } from '../domain/types';
import type { Verdict } from '../domain/verdict';

export interface ImportAuthor {
  /** The source's stable id for the person (username, user id, or "email:…"/"name:…" for guests). */
  id: string;
  name: string;
  email: string | null;
}

export interface ImportStory {
  type: 'story';
  id: string;
  url: string;
  title: string;
  createdAt?: string;
  closed?: boolean;
}

export interface ImportComment {
  type: 'comment';
  id: string;
  storyId: string;
  parentId: string | null;
  author: ImportAuthor;
  /** Plain text (the parser has already turned the source's HTML into text). */
  body: string;
  createdAt: string;
  /** The source's own status word, kept verbatim: "approved", "spam", "deleted", "trash", "pingback", "pending"… */
  originalStatus: string;
  // Only our own export carries the rest (lossless round trip).
  status?: CommentStatus;
  statusReason?: string | null;
  editedAt?: string | null;
  featured?: boolean;
  reactionCount?: number;
  moderation?: Verdict | null;
  /** Revisions after the first, oldest first; body is then the last one's text and the first revision's is firstBody. */
  revisions?: { body: string; at: string; moderation: Verdict | null }[];
  firstBody?: string;
  firstModeration?: Verdict | null;
}

/** A record the parser could not use, with why (counted in the summary). */
export interface ImportSkip {
  type: 'skip';
  id: string;
  reason: string;
}

export type ImportItem = ImportStory | ImportComment | ImportSkip;

/** Parsers report how far they are: bytes (or rows) done out of total. */
export type Progress = (done: number, total: number) => void;

/** An ISO instant from whatever the source wrote, or undefined when it is no date. */
export function isoTime(raw: string | number | undefined | null): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const d = typeof raw === 'number' ? new Date(raw * 1000) : new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A guest's identity when the source has no account id: by email, else by name. */
export function guestId(name: string, email: string | null): string {
  return email ? `email:${email.toLowerCase()}` : `name:${name}`;
}
