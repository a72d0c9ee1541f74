// Thread pages (keyset pagination with an opaque cursor) and moderation queue queries, shared by both engines.
import type { Comment, ThreadSort } from '../../domain/types';
import { badRequest } from '../../domain/errors';
import type { QueueQuery, ThreadQuery } from '../store';
import type { Executor, Param } from './executor';
import * as rows from './rows';

/** Sort column per thread order; `id` (same direction) breaks ties so every row has a unique position. */
const ORDER: Record<ThreadSort, { col: string; desc: boolean }> = {
  newest: { col: 'created_at', desc: true },
  oldest: { col: 'created_at', desc: false },
  reactions: { col: 'reaction_count', desc: true },
};

type CursorKey = [ThreadSort, string | number, string];

export function encodeCursor(sort: ThreadSort, key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id] satisfies CursorKey)).toString('base64url');
}

/** Throws AppError 400 `invalid_cursor` (rendered by the HTTP layer) for anything we did not issue for this sort. */
export function decodeCursor(cursor: string, sort: ThreadSort): { key: string | number; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const keyType = sort === 'reactions' ? 'number' : 'string';
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort || typeof parsed[1] !== keyType || typeof parsed[2] !== 'string') {
    throw badRequest('invalid_cursor', 'The cursor is not one issued for this thread and sort order.');
  }
  return { key: parsed[1], id: parsed[2] };
}

function inList(values: readonly string[], params: Param[]): string {
  params.push(...values);
  return values.length ? `(${values.map(() => '?').join(', ')})` : '(NULL)';
}

/** Visible = one of the public statuses, or written by the viewer. */
function visibility(q: ThreadQuery, params: Param[]): string {
  const byStatus = q.statuses.length ? `status IN ${inList(q.statuses, params)}` : '1 = 0';
  if (!q.viewerId) return `(${byStatus})`;
  params.push(q.viewerId);
  return `(${byStatus} OR author_id = ?)`;
}

/**
 * One page of top-level comments in the chosen order, each followed by all of its visible descendants
 * (oldest first). Keyset pagination: a page starts strictly after the previous page's last (key, id).
 */
export async function listThread(exec: Executor, q: ThreadQuery): Promise<{ comments: Comment[]; nextCursor: string | null }> {
  const { col, desc } = ORDER[q.sort];
  const limit = Math.max(1, Math.floor(q.limit));
  const params: Param[] = [q.storyId];
  // The featured view is flat: a featured reply is listed too, without its thread around it.
  let where = `story_id = ? AND ${q.featuredOnly ? 'featured = TRUE' : 'parent_id IS NULL'} AND ${visibility(q, params)}`;
  if (q.cursor) {
    const { key, id } = decodeCursor(q.cursor, q.sort);
    where += ` AND (${col}, id) ${desc ? '<' : '>'} (?, ?)`;
    params.push(key, id);
  }
  const dir = desc ? 'DESC' : 'ASC';
  params.push(limit + 1);
  const top = (await exec.all(`SELECT * FROM comments WHERE ${where} ORDER BY ${col} ${dir}, id ${dir} LIMIT ?`, params)).map(rows.comment);
  const more = top.length > limit;
  if (more) top.pop();
  const last = top[top.length - 1];
  const nextCursor = more && last ? encodeCursor(q.sort, q.sort === 'reactions' ? last.reactionCount : last.createdAt, last.id) : null;
  if (top.length === 0) return { comments: [], nextCursor };
  if (q.featuredOnly) return { comments: top, nextCursor };

  const rParams: Param[] = [];
  const roots = inList(top.map((c) => c.id), rParams);
  const replyRows = await exec.all(
    `SELECT * FROM comments WHERE root_id IN ${roots} AND parent_id IS NOT NULL AND ${visibility(q, rParams)} ORDER BY created_at, id`,
    rParams,
  );
  const byRoot = new Map<string, Comment[]>();
  for (const r of replyRows) {
    const list = byRoot.get(r.root_id) ?? [];
    list.push(rows.comment(r));
    byRoot.set(r.root_id, list);
  }
  return { comments: top.flatMap((c) => [c, ...(byRoot.get(c.id) ?? [])]), nextCursor };
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function queueWhere(q: Omit<QueueQuery, 'limit' | 'offset'>, params: Param[]): string {
  params.push(q.siteId);
  const where = ['site_id = ?'];
  if (q.statuses) where.push(q.statuses.length ? `status IN ${inList(q.statuses, params)}` : '1 = 0');
  // Reports already reviewed by staff no longer hold a comment in the Reported queue; a new one brings it back.
  if (q.reported) where.push('report_count > reports_reviewed');
  const eq = (col: string, v: string | undefined) => {
    if (v === undefined) return;
    where.push(`${col} = ?`);
    params.push(v);
  };
  eq('story_id', q.storyId);
  eq('lang', q.lang);
  eq('author_id', q.authorId);
  for (const [col, v] of [['labels', q.label], ['targets', q.target]] as const) {
    if (v === undefined) continue;
    where.push(`${col} LIKE ? ESCAPE '\\'`);
    params.push(`%,${likeEscape(v)},%`);
  }
  // Search: substrings, case-insensitive, wildcards in the input taken literally.
  const like = (v: string) => `%${likeEscape(v.toLowerCase())}%`;
  if (q.text) { where.push("LOWER(body) LIKE ? ESCAPE '\\'"); params.push(like(q.text)); }
  if (q.author) {
    where.push("author_id IN (SELECT id FROM users WHERE site_id = ? AND LOWER(display_name) LIKE ? ESCAPE '\\')");
    params.push(q.siteId, like(q.author));
  }
  if (q.story) {
    where.push("story_id IN (SELECT id FROM stories WHERE site_id = ? AND (LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(url) LIKE ? ESCAPE '\\'))");
    params.push(q.siteId, like(q.story), like(q.story));
  }
  return where.join(' AND ');
}

/** Moderation queue: filters combine with AND; riskiest first, then the longest waiting. */
export async function listQueue(exec: Executor, q: QueueQuery): Promise<Comment[]> {
  const params: Param[] = [];
  const where = queueWhere(q, params);
  params.push(Math.max(1, Math.floor(q.limit)), Math.max(0, Math.floor(q.offset ?? 0)));
  const sql = `SELECT * FROM comments WHERE ${where} ORDER BY risk DESC, created_at ASC, id ASC LIMIT ? OFFSET ?`;
  return (await exec.all(sql, params)).map(rows.comment);
}

export async function countQueue(exec: Executor, q: Omit<QueueQuery, 'limit' | 'offset'>): Promise<number> {
  const params: Param[] = [];
  const row = await exec.get(`SELECT COUNT(*) AS n FROM comments WHERE ${queueWhere(q, params)}`, params);
  return Number(row?.n ?? 0);
}
