// POST /api/v1/moderation/check: the verdict for a draft, so the author can see what breaks which rule before posting.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { canonicalStoryUrl } from '../../actions/ensureStory';
import { currentSite, type AppDeps } from '../deps';
import { errors, VerdictSchema } from '../schemas';

export const Check = Type.Object({ text: Type.String({ maxLength: 20_000 }), storyUrl: Type.Optional(Type.String({ maxLength: 2048 })) });
export const Checked = Type.Object({ verdict: VerdictSchema });

export const moderationRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.post<{ Body: Static<typeof Check> }>('/api/v1/moderation/check', {
    schema: { tags: ['moderation'], body: Check, response: { 200: Checked, ...errors(400, 429) } },
  }, async (req) => {
    const site = await currentSite(deps);
    const story = req.body.storyUrl ? await deps.store.findStoryByUrl(site.id, canonicalStoryUrl(req.body.storyUrl)) : undefined;
    const verdict = deps.moderator.check(req.body.text, { storyEntities: story?.entities, settings: site.settings.moderation });
    return { verdict };
  });
};
