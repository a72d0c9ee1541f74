// Permalinks: each comment's link is the article URL with #charcha-<id>; opening one brings the comment (and the
// comments above it in its thread) into the list, then scrolls to it.
import type { Api, CommentView } from './api';

const PREFIX = '#charcha-';

export const permalink = (storyUrl: string, id: string) => storyUrl.split('#')[0] + PREFIX + encodeURIComponent(id);

/** The comment id a page URL's fragment points at, if it is one of ours. */
export function linkedId(hash: string): string | null {
  if (!hash.startsWith(PREFIX) || hash.length === PREFIX.length) return null;
  try { return decodeURIComponent(hash.slice(PREFIX.length)); } catch { return null; }
}

/** The linked comment and its ancestors, root first (a missing or hidden one ends the walk); at most 20 levels. */
export async function threadOf(api: Api, id: string, known: (id: string) => boolean): Promise<CommentView[]> {
  const chain: CommentView[] = [];
  let next: string | null = id;
  for (let i = 0; next && i < 20 && !known(next); i++) {
    const got: CommentView | null = await api.one(next).then((r) => r.comment).catch(() => null);
    if (!got) break;
    chain.unshift(got);
    next = got.parentId;
  }
  return chain;
}
