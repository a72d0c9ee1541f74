// A signed-in reader's thread page as the shared (public) page of the story version plus their own hidden comments,
// giving exactly what listThread with viewerId would: same top-level comments, order, replies and nextCursor.
import type { Comment, ThreadSort } from '../domain/types';
import { decodeCursor, encodeCursor } from '../store/sql/thread';
import type { OwnHidden } from '../store/store';

export interface PageQuery { sort: ThreadSort; cursor?: string; limit: number }
export interface Page { comments: Comment[]; nextCursor: string | null }

const keyOf = (sort: ThreadSort, c: Comment) => (sort === 'reactions' ? c.reactionCount : c.createdAt);

/** The SQL order of top-level comments (sort key, then id, same direction; ids compare as bytes, COLLATE "C"). */
function topOrder(sort: ThreadSort) {
  const desc = sort !== 'oldest';
  return (a: { key: string | number; id: string }, b: { key: string | number; id: string }) => {
    const cmp = a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return desc ? -cmp : cmp;
  };
}

/** Replies are oldest first: (created_at, id). */
const replyOrder = (a: Comment, b: Comment) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Order = ReturnType<typeof topOrder>;

/**
 * The common case, without merging: none of the reader's hidden comments lands on this page (the shared page itself), or
 * only after its last top-level comment on a full page (the same comments, but the reader has a next page).
 */
function unaffected(shared: Page, own: OwnHidden[], q: PageQuery, order: Order, after: { key: string | number; id: string } | null): Page | null {
  const tops = shared.comments.filter((c) => c.parentId === null);
  const roots = new Set(tops.map((c) => c.id));
  const last = tops[tops.length - 1];
  let beyond = false;
  for (const o of own) {
    if (o.comment.parentId !== null) {
      if (roots.has(o.rootId)) return null;
      continue;
    }
    const k = { key: keyOf(q.sort, o.comment), id: o.comment.id };
    if (after && order(k, after) <= 0) continue;
    if (tops.length < q.limit || !last || order(k, { key: keyOf(q.sort, last), id: last.id }) < 0) return null;
    beyond = true;
  }
  if (!beyond || shared.nextCursor !== null) return shared;
  return { comments: shared.comments, nextCursor: encodeCursor(q.sort, keyOf(q.sort, last!), last!.id) };
}

/**
 * Merges the reader's hidden comments into the shared page. Returns null when the shared page cannot give the answer:
 * a hidden top-level comment of the reader's that lands on this page and has replies (the shared page never loaded
 * replies under a root the public cannot see); the caller then reads the reader's page from the store.
 */
export function overlayPage(shared: Page, own: OwnHidden[], q: PageQuery): Page | null {
  if (own.length === 0) return shared;
  const order = topOrder(q.sort);
  const after = q.cursor ? decodeCursor(q.cursor, q.sort) : null;
  const untouched = unaffected(shared, own, q, order, after);
  if (untouched) return untouched;
  // The shared page's groups: each top-level comment followed by its replies.
  const groups: { top: Comment; replies: Comment[] }[] = [];
  for (const c of shared.comments) {
    if (c.parentId === null) groups.push({ top: c, replies: [] });
    else groups[groups.length - 1]?.replies.push(c);
  }
  const ownTops = own.filter((o) => o.comment.parentId === null)
    .map((o) => ({ top: o.comment, replies: [] as Comment[] }))
    .filter((g) => !after || order({ key: keyOf(q.sort, g.top), id: g.top.id }, after) > 0);
  const merged = [...groups, ...ownTops].sort((a, b) => order({ key: keyOf(q.sort, a.top), id: a.top.id }, { key: keyOf(q.sort, b.top), id: b.top.id }));
  const page = merged.slice(0, q.limit);
  if (page.some((g) => ownTops.includes(g) && g.top.replyCount > 0)) return null;
  const more = shared.nextCursor !== null || merged.length > q.limit;
  // Copies: the shared page's groups belong to the cache.
  const byRoot = new Map(page.map((g) => [g.top.id, { top: g.top, replies: g.replies, own: false }]));
  for (const o of own) {
    const group = o.comment.parentId === null ? undefined : byRoot.get(o.rootId);
    if (!group) continue;
    if (!group.own) Object.assign(group, { replies: [...group.replies], own: true });
    group.replies.push(o.comment);
  }
  for (const g of byRoot.values()) if (g.own) g.replies.sort(replyOrder);
  const last = page[page.length - 1]?.top;
  return {
    comments: [...byRoot.values()].flatMap((g) => [g.top, ...g.replies]),
    nextCursor: more && last ? encodeCursor(q.sort, keyOf(q.sort, last), last.id) : null,
  };
}
