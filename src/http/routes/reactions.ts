// Reader responses to a comment: one "respect" reaction per reader, and reports under the policy's categories.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { reactToComment } from '../../actions/reactToComment';
import { reportComment } from '../../actions/reportComment';
import { requireUser } from '../auth';
import type { AppDeps } from '../deps';
import { REPORT_REASONS } from '../../domain/types';
import { errors, IdParams } from '../schemas';

export const Reaction = Type.Object({ commentId: Type.String(), reacted: Type.Boolean(), reactionCount: Type.Integer() });
export const ReportBody = Type.Object({
  reason: Type.Union(REPORT_REASONS.map((r) => Type.Literal(r))),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const Reported = Type.Object({ report: Type.Object({ id: Type.String(), reason: Type.String(), at: Type.String() }) });

export const reactionRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  // 404 for a comment the reader cannot see; 403 story_closed once the story is closed; 409 not_public for a held one.
  const schema = { tags: ['reactions'], params: IdParams, response: { 200: Reaction, ...errors(401, 403, 404, 409, 429) } };
  app.post<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id/reactions', { schema }, async (req) =>
    reactToComment(deps, { user: requireUser(req, deps.now()), commentId: req.params.id, on: true }));
  app.delete<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id/reactions', { schema }, async (req) =>
    reactToComment(deps, { user: requireUser(req, deps.now()), commentId: req.params.id, on: false }));

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof ReportBody> }>('/api/v1/comments/:id/reports', {
    schema: {
      tags: ['reactions'], params: IdParams, body: ReportBody,
      description: 'One report per reader per comment: a second answers 409 already_reported and creates nothing. Closed stories still take reports.',
      response: { 201: Reported, ...errors(400, 401, 403, 404, 409, 429) },
    },
  }, async (req, reply) => {
    const user = requireUser(req, deps.now());
    const report = await reportComment(deps, { user, commentId: req.params.id, reason: req.body.reason, note: req.body.note ?? '' });
    reply.code(201);
    return { report: { id: report.id, reason: report.reason, at: report.at } };
  });
};
