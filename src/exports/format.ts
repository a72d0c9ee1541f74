// The JSON Lines export format, one record per line: a header, then each story, its authors (first seen) and comments.
import type { CommentStatus } from '../domain/types';
import type { Verdict } from '../domain/verdict';

export const EXPORT_VERSION = 1;

export interface ExportHeader { type: 'charcha-export'; version: number; siteId: string; siteName: string; exportedAt: string; storyUrl: string | null }
export interface ExportStory { type: 'story'; id: string; url: string; title: string; closed: boolean; createdAt: string }
/** Pseudonymous: the account's random id and its public display name, never an email or SSO subject. */
export interface ExportAuthor { type: 'author'; id: string; displayName: string }
export interface ExportComment {
  type: 'comment';
  id: string;
  storyId: string;
  parentId: string | null;
  authorId: string;
  /** The current text; revisions[0] is the first, the last revision is this text. */
  body: string;
  status: CommentStatus;
  statusReason: string | null;
  featured: boolean;
  reactionCount: number;
  replyCount: number;
  reportCount: number;
  moderation: Verdict;
  createdAt: string;
  editedAt: string | null;
  revisions: { rev: number; body: string; at: string; moderation: Verdict | null }[];
  /** Where an imported comment came from, with the source's own status. */
  imported: { source: string; originalId: string; originalStatus: string | null } | null;
}
export type ExportRecord = ExportHeader | ExportStory | ExportAuthor | ExportComment;
