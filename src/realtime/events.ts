// The public shape of a comment as readers see it, shared by thread pages and live events.
import type { Comment, User } from '../domain/types';

export interface PublicComment {
  id: string;
  storyId: string;
  parentId: string | null;
  status: Comment['status'];
  body: string;
  author: { id: string; displayName: string };
  createdAt: string;
  editedAt: string | null;
  reactionCount: number;
  replyCount: number;
  /** Present (true) only on a comment staff featured: readers see a badge and find it in the Featured view. */
  featured?: true;
}

export function publicComment(c: Comment, author: Pick<User, 'id' | 'displayName'> | undefined): PublicComment {
  return {
    id: c.id,
    storyId: c.storyId,
    parentId: c.parentId,
    status: c.status,
    // A withdrawn or removed comment keeps its record, but readers never get its words.
    body: c.status === 'withdrawn' || c.status === 'removed' ? '' : c.body,
    author: { id: c.authorId, displayName: author?.displayName ?? 'Unknown reader' },
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    reactionCount: c.reactionCount,
    replyCount: c.replyCount,
    ...(c.featured ? { featured: true as const } : {}),
  };
}

/** Event names on a story's stream: `comment` (a newly visible or edited comment), `hide` ({id}), `reaction` ({commentId, reactionCount}). */
export const commentEvent = (c: Comment, author: Pick<User, 'id' | 'displayName'> | undefined) => ({ type: 'comment', data: publicComment(c, author) });
export const hideEvent = (id: string) => ({ type: 'hide', data: { id } });
export const reactionEvent = (commentId: string, reactionCount: number) => ({ type: 'reaction', data: { commentId, reactionCount } });
