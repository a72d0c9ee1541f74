// Public comment counts for many stories in one query (count.js on article lists).
import type { Id } from '../../domain/types';
import type { Executor } from './executor';

/** Approved comments (replies included) per story URL; URLs without a story are absent. */
export async function countPublicComments(exec: Executor, siteId: Id, urls: string[]): Promise<Record<string, number>> {
  if (!urls.length) return {};
  const rows = await exec.all<{ url: string; n: number | string }>(
    `SELECT s.url AS url, COUNT(c.id) AS n FROM stories s LEFT JOIN comments c ON c.story_id = s.id AND c.status = 'approved'
     WHERE s.site_id = ? AND s.url IN (${urls.map(() => '?').join(', ')}) GROUP BY s.url`, [siteId, ...urls],
  );
  return Object.fromEntries(rows.map((r) => [r.url, Number(r.n)]));
}
