// The dashboard's stories page: stories with comment counts, searchable by title or URL, and when each closes.
// Changes go through PATCH /api/v1/admin/stories/:id (adminSettings.ts), which audits them.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { autoClosed, autoClosesAt } from '../../domain/storyClosing';
import type { AppDeps } from '../deps';
import { currentSite } from '../deps';
import { requireStaff } from './adminGuard';
import { presentStory } from './adminPresenter';
import { AdminStorySchema } from '../adminSchemas';
import { Nullable } from '../schemas';

export const StoriesQuery = Type.Object({
  /** Case-insensitive part of the title or the URL. */
  q: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
}, { additionalProperties: false });

export const StaffStorySchema = Type.Intersect([AdminStorySchema, Type.Object({
  createdAt: Type.String(),
  /** Approved comments, replies included, and comments waiting in review. */
  counts: Type.Object({ approved: Type.Integer(), review: Type.Integer() }),
  /** When the story closes (or closed) for new comments on its own; null: never. */
  autoClosesAt: Nullable(Type.String()),
  /** Closed for new comments now: by hand (closed) or on its own (autoClosesAt has passed). */
  closedNow: Type.Boolean(),
})]);

export const StoriesView = Type.Object({
  stories: Type.Array(StaffStorySchema),
  total: Type.Integer(),
  /** The site's default auto-close days (0: never). */
  siteAutoCloseDays: Type.Integer(),
});

export async function adminStoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // GET /api/v1/admin/stories?q=&limit=&offset= — newest first, with counts and closing times.
  app.get('/api/v1/admin/stories', {
    schema: {
      summary: 'List stories for staff',
      description: 'Stories of the site, newest first, with approved and in-review comment counts; q searches title and URL. Any staff role.',
      tags: ['admin'], querystring: StoriesQuery, response: { 200: StoriesView },
    },
  }, async (req): Promise<Static<typeof StoriesView>> => {
    requireStaff(req, deps, 'queue.read');
    const q = req.query as Static<typeof StoriesQuery>;
    const site = await currentSite(deps);
    const now = deps.now();
    const { stories, total } = await deps.store.listStaffStories({ siteId: site.id, q: q.q, limit: q.limit ?? 50, offset: q.offset ?? 0 });
    return {
      total,
      siteAutoCloseDays: site.settings.autoCloseDays ?? 0,
      stories: stories.map(({ story, approved, review }) => ({
        ...presentStory(story), createdAt: story.createdAt, counts: { approved, review },
        autoClosesAt: autoClosesAt(story, site), closedNow: story.closed || autoClosed(story, site, now),
      })),
    };
  });
}
