// The dashboard's stories page: a site's stories, newest first, with comment counts, searchable by title or URL.
import type { Id, Story } from '../../domain/types';
import type { Executor, Param } from './executor';
import * as rows from './rows';

export interface StaffStoryQuery {
  siteId: Id;
  /** Case-insensitive substring of the title or the URL. */
  q?: string;
  limit: number;
  offset?: number;
}

export interface StaffStoryRow {
  story: Story;
  /** Approved comments, replies included. */
  approved: number;
  /** Comments waiting in review. */
  review: number;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function where(q: StaffStoryQuery, params: Param[]): string {
  params.push(q.siteId);
  let sql = 's.site_id = ?';
  if (q.q?.trim()) {
    const pattern = `%${likeEscape(q.q.trim().toLowerCase())}%`;
    sql += " AND (LOWER(s.title) LIKE ? ESCAPE '\\' OR LOWER(s.url) LIKE ? ESCAPE '\\')";
    params.push(pattern, pattern);
  }
  return sql;
}

export async function listStaffStories(exec: Executor, q: StaffStoryQuery): Promise<{ stories: StaffStoryRow[]; total: number }> {
  const params: Param[] = [];
  const w = where(q, params);
  const list = await exec.all(
    `SELECT s.*,
       (SELECT COUNT(*) FROM comments c WHERE c.story_id = s.id AND c.status = 'approved') AS n_approved,
       (SELECT COUNT(*) FROM comments c WHERE c.story_id = s.id AND c.status = 'review') AS n_review
     FROM stories s WHERE ${w} ORDER BY s.created_at DESC, s.id DESC LIMIT ? OFFSET ?`,
    [...params, q.limit, q.offset ?? 0],
  );
  const countParams: Param[] = [];
  const total = await exec.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM stories s WHERE ${where(q, countParams)}`, countParams);
  return {
    stories: list.map((r) => ({ story: rows.story(r), approved: Number(r.n_approved), review: Number(r.n_review) })),
    total: Number(total?.n ?? 0),
  };
}
