// GET /api/v1/admin/export — the site's (or one story's) comments as a JSONL or CSV download, streamed and audited.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { canonicalStoryUrl } from '../../actions/ensureStory';
import { AppError } from '../../domain/errors';
import { exportCsv } from '../../exports/csv';
import { exportJsonl } from '../../exports/jsonl';
import type { AppDeps } from '../deps';
import { currentSite } from '../deps';
import { requireStaff } from './adminGuard';

export const ExportQuery = Type.Object({
  format: Type.Union([Type.Literal('jsonl'), Type.Literal('csv')]),
  storyUrl: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
}, { additionalProperties: false });
export type ExportFormat = Static<typeof ExportQuery>['format'];

const TYPES: Record<ExportFormat, string> = { jsonl: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export async function adminExportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/api/v1/admin/export', {
    schema: {
      tags: ['admin'], querystring: ExportQuery,
      response: { 200: { description: 'application/x-ndjson (`charcha import charcha` reads it back) or text/csv: every comment of the site or story', type: 'string' } },
    },
  }, async (req, reply) => {
    const user = requireStaff(req, deps, 'comments.export');
    const q = req.query as Static<typeof ExportQuery>;
    const site = await currentSite(deps);
    const story = q.storyUrl ? await deps.store.findStoryByUrl(site.id, canonicalStoryUrl(q.storyUrl)) : undefined;
    if (q.storyUrl && !story) throw new AppError(404, 'story_not_found', 'No story has this URL.');
    // Logged before the first byte leaves: a download cut short was still a download.
    await deps.store.appendAudit({
      at: deps.now().toISOString(), actor: user.id, action: 'export.download', targetType: story ? 'story' : 'site', targetId: story?.id ?? site.id,
      reason: q.format, rule: null, data: { format: q.format, via: 'dashboard', storyUrl: story?.url ?? null },
    });
    const lines = q.format === 'jsonl' ? exportJsonl({ store: deps.store, now: deps.now }, site, story) : exportCsv({ store: deps.store }, site, story);
    const name = `charcha-comments${story ? `-${story.id}` : ''}.${q.format}`;
    reply.type(TYPES[q.format]).header('content-disposition', `attachment; filename="${name}"`);
    // A stream, not a string: a million comments never sit in memory at once (back-pressure from the socket).
    return reply.send(Readable.from(lines));
  });
}
