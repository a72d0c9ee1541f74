// GET /api/v1/counts?url=…&url=… — public comment counts for an article list (count.js), cached briefly in memory and by ETag.
import { createHash } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { canonicalStoryUrl } from '../../actions/ensureStory';
import type { AppDeps } from '../deps';
import { matches } from './comments';

export const MAX_COUNT_URLS = 100;
/** A list page asked for by every visitor hits the database once per this many milliseconds per node. */
export const COUNT_CACHE_MS = 15_000;
const CACHE_ENTRIES = 1_000;

export const CountsQuery = Type.Object({
  url: Type.Array(Type.String({ minLength: 1, maxLength: 2048 }), { minItems: 1, maxItems: MAX_COUNT_URLS }),
});
export const CountsView = Type.Object({
  /** Keyed by each URL exactly as asked; 0 for a story nobody has opened yet or a URL that is not a story. */
  counts: Type.Record(Type.String(), Type.Integer()),
});

interface Cached { at: number; body: { counts: Record<string, number> }; etag: string }

export const countRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const cache = new Map<string, Cached>();

  async function counts(asked: string[]): Promise<Cached> {
    const key = [...new Set(asked)].sort().join('\n');
    const hit = cache.get(key);
    const now = deps.now().getTime();
    if (hit && now - hit.at < COUNT_CACHE_MS) return hit;
    const canonical = new Map<string, string>();
    for (const u of asked) {
      try { canonical.set(u, canonicalStoryUrl(u)); } catch { /* not a URL: counted as 0 */ }
    }
    const found = await deps.store.countPublicComments(deps.siteId, [...new Set(canonical.values())]);
    const body = { counts: Object.fromEntries(asked.map((u) => [u, found[canonical.get(u) ?? ''] ?? 0])) };
    const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 16)}"`;
    const entry = { at: now, body, etag };
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
    return entry;
  }

  app.get<{ Querystring: Static<typeof CountsQuery> }>('/api/v1/counts', {
    schema: { querystring: CountsQuery, tags: ['stories'], response: { 200: CountsView } },
  }, async (req, reply) => {
    const c = await counts(req.query.url);
    // Counts are public and the same for everyone: any cache may keep them a minute.
    reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=300').header('etag', c.etag);
    if (matches(req.headers['if-none-match'], c.etag)) return reply.code(304).send();
    return c.body;
  });
};
