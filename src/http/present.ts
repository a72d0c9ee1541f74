// Presenters: domain records → the JSON the API promises (private fields such as email never leak by accident).
import type { Static } from '@sinclair/typebox';
import { EDITABLE_STATUSES, editableUntil as windowEnd } from '../domain/comments';
import type { Comment, Site, Story, User } from '../domain/types';
import { publicComment } from '../realtime/events';
import type { Store } from '../store/store';
import type { CommentSchema, SessionUser, StorySchema } from './schemas';

// Return types are the response schemas' Static types: a field written here that its schema lacks fails to compile.

/** When the author's edit window closes (domain/comments.ts's rule), or null when the status already refuses an edit. */
export function editableUntil(c: Pick<Comment, 'createdAt' | 'status'>, site: Pick<Site, 'settings'>): string | null {
  if (!EDITABLE_STATUSES.includes(c.status)) return null;
  return windowEnd(c, site.settings.editWindowMinutes).toISOString();
}

/** The comment as `viewerId` may see it; with the site, the author's own comments say until when they may be edited. */
export function presentComment(c: Comment, author: Pick<User, 'id' | 'displayName'> | undefined, viewerId?: string | null, site?: Pick<Site, 'settings'>): Static<typeof CommentSchema> {
  const base = publicComment(c, author);
  if (!viewerId || viewerId !== c.authorId) return base;
  const { decision, labels, targets, spans, rule } = c.moderation;
  const own = { ...base, body: c.body, moderation: { decision, labels, targets, spans, rule }, statusReason: c.statusReason };
  return site ? { ...own, editableUntil: editableUntil(c, site) } : own;
}

export const presentStory = (s: Story): Static<typeof StorySchema> => ({ id: s.id, url: s.url, title: s.title, closed: s.closed });

export const presentSessionUser = (u: User): Static<typeof SessionUser> => ({
  id: u.id, displayName: u.displayName, email: u.email, role: u.role, status: u.status, emailVerified: !!u.emailVerified,
});

/** Loads each distinct author once for a page of comments. */
export async function authorsOf(store: Store, comments: Comment[]): Promise<Map<string, User>> {
  const ids = [...new Set(comments.map((c) => c.authorId))];
  const users = await Promise.all(ids.map((id) => store.getUser(id)));
  return new Map(users.filter((u): u is User => !!u).map((u) => [u.id, u]));
}
