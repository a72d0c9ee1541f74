// Presenters: domain records → the JSON the API promises (private fields such as email never leak by accident).
import type { Comment, Story, User } from '../domain/types';
import { publicComment } from '../realtime/events';
import type { Store } from '../store/store';

export function presentComment(c: Comment, author: Pick<User, 'id' | 'displayName'> | undefined, viewerId?: string | null) {
  const base = publicComment(c, author);
  if (!viewerId || viewerId !== c.authorId) return base;
  const { decision, labels, targets, spans, rule } = c.moderation;
  return { ...base, body: c.body, moderation: { decision, labels, targets, spans, rule }, statusReason: c.statusReason };
}

export const presentStory = (s: Story) => ({ id: s.id, url: s.url, title: s.title, closed: s.closed });

export const presentSessionUser = (u: User) => ({ id: u.id, displayName: u.displayName, email: u.email, role: u.role, status: u.status });

/** Loads each distinct author once for a page of comments. */
export async function authorsOf(store: Store, comments: Comment[]): Promise<Map<string, User>> {
  const ids = [...new Set(comments.map((c) => c.authorId))];
  const users = await Promise.all(ids.map((id) => store.getUser(id)));
  return new Map(users.filter((u): u is User => !!u).map((u) => [u.id, u]));
}
