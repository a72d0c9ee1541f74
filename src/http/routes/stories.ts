// Stories: the widget upserts its page's story on load, for URLs of the site's own origins only.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { canonicalStoryUrl, ensureStory, type StoryInput } from '../../actions/ensureStory';
import type { Site, Story } from '../../domain/types';
import { requireUser } from '../auth';
import { currentSite, type AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { presentStory } from '../present';
import { errors, StorySchema } from '../schemas';

export const Upsert = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  title: Type.String({ minLength: 1, maxLength: 500 }),
  entities: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
  /** data-charcha-story-sig: the publisher's HMAC of url, title and entities (see actions/storySignature.ts). */
  signature: Type.Optional(Type.String({ maxLength: 200 })),
});

export const StoryView = Type.Object({ story: StorySchema });

/**
 * Our own origins besides the site's: the configured public URL, and the address this server is bound to (the demo
 * pages it serves). Never the request's Host header, which the client writes.
 */
export function ownOrigins(deps: Pick<AppDeps, 'config'>, req: FastifyRequest): string[] {
  const out: string[] = [];
  if (deps.config.publicUrl) out.push(new URL(deps.config.publicUrl).origin);
  const address = req.server.server.address();
  if (address && typeof address === 'object') out.push(`http://localhost:${address.port}`, `http://127.0.0.1:${address.port}`);
  return out;
}

/** Why a signed-in reader may not create anything (banned, suspended: requireUser's 403), or null. */
function standingError(req: FastifyRequest, now: Date): unknown {
  if (!req.user) return null;
  try {
    requireUser(req, now);
    return null;
  } catch (err) {
    return err;
  }
}

/** Creates a story for a request: banned and suspended readers create nothing (403, as for comments). */
export async function createStoryFor(deps: AppDeps, req: FastifyRequest, site: Site, input: StoryInput): Promise<Story> {
  const refused = standingError(req, deps.now());
  if (refused) throw refused;
  return ensureStory({ ...deps, storySecret: deps.config.storySecret }, site, input, { ownOrigins: ownOrigins(deps, req) });
}

/**
 * The story of a URL for a reader: the thread and the event stream of a URL nobody has opened yet are those of a new,
 * empty story (as on the widget's first load). Creating one costs the client a write token, so reads cannot mint
 * stories without limit.
 */
export async function storyOnRead(deps: AppDeps, req: FastifyRequest, site: Site, rawUrl: string): Promise<Story> {
  const url = canonicalStoryUrl(rawUrl);
  const found = await deps.store.findStoryByUrl(site.id, url);
  if (found) return found;
  const t = await deps.limiter.take(`ip:${req.ip}`);
  if (!t.ok) throw new AppError(429, 'rate_limited', `Too many new stories; retry in ${t.retryAfterSeconds} s.`, { headers: { 'retry-after': String(t.retryAfterSeconds) } });
  return createStoryFor(deps, req, site, { url });
}

export const storyRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.post<{ Body: Static<typeof Upsert> }>('/api/v1/stories', {
    schema: { tags: ['stories'], body: Upsert, response: { 200: StoryView, ...errors(400, 403) } },
  }, async (req) => {
    // The story URL decides, not the Origin header. Staff correct metadata through PATCH /api/v1/admin/stories/:id,
    // which is audited; here everyone is a page, whose metadata stays provisional unless the publisher signed it.
    const site = await currentSite(deps);
    // A banned or suspended reader's widget still loads an existing story, but changes and creates nothing.
    if (standingError(req, deps.now())) {
      const existing = await deps.store.findStoryByUrl(site.id, canonicalStoryUrl(req.body.url));
      if (existing) return { story: presentStory(existing) };
    }
    return { story: presentStory(await createStoryFor(deps, req, site, req.body)) };
  });
};
