// Reader responses to a comment: one "respect" reaction per reader, and reports under the policy's categories.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { reactToComment } from '../../actions/reactToComment';
import { reportComment } from '../../actions/reportComment';
import { requireUser } from '../auth';
import type { AppDeps } from '../deps';
import { errors, IdParams } from '../schemas';

export const Reaction = Type.Object({ commentId: Type.String(), reacted: Type.Boolean(), reactionCount: Type.Integer() });
export const ReportBody = Type.Object({
  reason: Type.Union((['insult', 'defamation', 'inflammatory', 'obscene', 'vulgar', 'other'] as const).map((r) => Type.Literal(r))),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const Reported = Type.Object({ report: Type.Object({ id: Type.String(), reason: Type.String(), at: Type.String() }) });

export const reactionRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const schema = { tags: ['reactions'], params: IdParams, response: { 200: Reaction, ...errors(401, 403, 404, 429) } };
  app.post<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id/reactions', { schema }, async (req) =>
    reactToComment(deps, { user: requireUser(req, deps.now()), commentId: req.params.id, on: true }));
  app.delete<{ Params: Static<typeof IdParams> }>('/api/v1/comments/:id/reactions', { schema }, async (req) =>
    reactToComment(deps, { user: requireUser(req, deps.now()), commentId: req.params.id, on: false }));

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof ReportBody> }>('/api/v1/comments/:id/reports', {
    schema: {
      tags: ['reactions'], params: IdParams, body: ReportBody,
      response: { 201: Reported, ...errors(400, 401, 404, 429) },
    },
  }, async (req, reply) => {
    const user = requireUser(req, deps.now());
    const report = await reportComment(deps, { user, commentId: req.params.id, reason: req.body.reason as never, note: req.body.note ?? '' });
    reply.code(201);
    return { report: { id: report.id, reason: report.reason, at: report.at } };
  });
};
