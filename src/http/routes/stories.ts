// Stories: the widget upserts its page's story on load, from an allowed origin.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { canonicalStoryUrl, ensureStory } from '../../actions/ensureStory';
import type { Site, Story } from '../../domain/types';
import { originAllowed } from '../cors';
import { currentSite, type AppDeps } from '../deps';
import { AppError, forbidden } from '../../domain/errors';
import { presentStory } from '../present';
import { errors, StorySchema } from '../schemas';
import { can } from '../../domain/permissions';

const Upsert = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  title: Type.String({ minLength: 1, maxLength: 500 }),
  entities: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
});


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
  return ensureStory(deps, site, { url });
}

export const storyRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.post<{ Body: Static<typeof Upsert> }>('/api/v1/stories', {
    schema: { tags: ['stories'], body: Upsert, response: { 200: Type.Object({ story: StorySchema }), ...errors(400, 403) } },
  }, async (req) => {
    // Pages of the publisher's own sites create stories; API clients without an Origin must be staff.
    // Staff means staff in good standing: a banned or suspended moderator is a reader here.
    const staff = can.story.update(req.user, deps.siteId);
    const allowed = (await originAllowed(deps, req, req.headers.origin)) || (!req.headers.origin && staff);
    if (!allowed) throw forbidden('origin_not_allowed', 'Stories can only be created from the site\'s allowed origins.');
    const story = await ensureStory(deps, await currentSite(deps), req.body, { overwrite: staff });
    return { story: presentStory(story) };
  });
};
