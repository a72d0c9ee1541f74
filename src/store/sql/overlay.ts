// A signed-in reader's overlay on the shared thread page: their own comments the public cannot see, and what they reacted to.
import type { CommentStatus, Id } from '../../domain/types';
import type { OwnHidden } from '../store';
import type { Executor } from './executor';
import * as rows from './rows';

const marks = (n: number) => (n ? Array.from({ length: n }, () => '?').join(', ') : 'NULL');

/** The author's comments in the story whose status is none of `visible`, with the top-level comment each hangs under. */
export async function listOwnHidden(exec: Executor, storyId: Id, authorId: Id, visible: readonly CommentStatus[]): Promise<OwnHidden[]> {
  const rs = await exec.all(
    `SELECT * FROM comments WHERE story_id = ? AND author_id = ? AND status NOT IN (${marks(visible.length)})`,
    [storyId, authorId, ...visible],
  );
  return rs.map((r) => ({ comment: rows.comment(r), rootId: r.root_id as string }));
}

/** Which of these comments the user reacted to (order not kept). */
export async function reactedAmong(exec: Executor, userId: Id, commentIds: readonly Id[]): Promise<Id[]> {
  if (!commentIds.length) return [];
  const rs = await exec.all<{ comment_id: string }>(
    `SELECT comment_id FROM reactions WHERE user_id = ? AND comment_id IN (${marks(commentIds.length)})`, [userId, ...commentIds],
  );
  return rs.map((r) => r.comment_id);
}
