// Pure thread bookkeeping: merge live or edited comments, and group replies under parents.
import type { CommentView, Sort } from './api';
import { EDITABLE_STATUSES } from '../../domain/comments';

export type { Sort };

/** Upserts by id: a known comment is replaced in place, a new one goes first (newest) or last. */
export function merge(list: CommentView[], incoming: CommentView[], sort: Sort, position: 'live' | 'page' = 'live'): CommentView[] {
  const next = list.slice();
  const index = new Map(next.map((c, i) => [c.id, i]));
  const fresh: CommentView[] = [];
  // Pages are flat (replies follow their parents), as are live events.
  for (const c of incoming) {
    const at = index.get(c.id);
    if (at !== undefined) next[at] = { ...next[at], ...c };
    else { index.set(c.id, -1); fresh.push(c); }
  }
  if (position === 'page') return [...next, ...fresh];
  // Live arrivals (stream or poll) are ordered by time whatever order they came in.
  fresh.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return sort === 'newest' ? [...fresh.reverse(), ...next] : [...next, ...fresh];
}

/** Top-level comments in list order, and a lookup of replies (oldest first) by parent id. */
export function arrange(list: CommentView[]): { top: CommentView[]; replies: (id: string) => CommentView[] } {
  const ids = new Set(list.map((c) => c.id));
  const kids = new Map<string, CommentView[]>();
  const top: CommentView[] = [];
  for (const c of list) {
    if (c.parentId && ids.has(c.parentId)) {
      const arr = kids.get(c.parentId) ?? [];
      arr.push(c);
      kids.set(c.parentId, arr);
    } else {
      top.push(c);
    }
  }
  for (const arr of kids.values()) arr.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { top, replies: (id) => kids.get(id) ?? [] };
}

/**
 * The author's edit button shows while the server says it accepts an edit: editableUntil comes from the site's edit
 * window, and is absent on others' comments. The status check covers a comment hidden by a live event since.
 */
export function canEdit(c: CommentView, now: number): boolean {
  return !!c.editableUntil && now < Date.parse(c.editableUntil) && (EDITABLE_STATUSES as readonly string[]).includes(c.status);
}
