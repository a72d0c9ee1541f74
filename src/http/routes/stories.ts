// Stories: the widget upserts its page's story on load, from an allowed origin.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { ensureStory } from '../../actions/ensureStory';
import { originAllowed } from '../cors';
import { currentSite, type AppDeps } from '../deps';
import { forbidden } from '../errors';
import { presentStory } from '../present';
import { errors, StorySchema } from '../schemas';

const Upsert = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  title: Type.String({ minLength: 1, maxLength: 500 }),
  entities: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
});

const STAFF = new Set(['admin', 'moderator']);

export const storyRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.post<{ Body: Static<typeof Upsert> }>('/api/v1/stories', {
    schema: { tags: ['stories'], body: Upsert, response: { 200: Type.Object({ story: StorySchema }), ...errors(400, 403) } },
  }, async (req) => {
    // Pages of the publisher's own sites create stories; API clients without an Origin must be staff.
    const allowed = (await originAllowed(deps, req, req.headers.origin)) || (!req.headers.origin && !!req.user && STAFF.has(req.user.role));
    if (!allowed) throw forbidden('origin_not_allowed', 'Stories can only be created from the site\'s allowed origins.');
    const story = await ensureStory(deps, await currentSite(deps), req.body);
    return { story: presentStory(story) };
  });
};
