// Appeals: the author's notice and one appeal per comment, and the staff appeals queue with its decisions.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { decideAppeal } from '../../actions/decideAppeal';
import { APPEAL_NOTE_MAX, fileAppeal } from '../../actions/fileAppeal';
import type { Appeal } from '../../domain/types';
import type { AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { isAuthorOf } from '../../domain/permissions';
import { authorsOf } from '../present';
import { requireStaff, staffDeps } from './adminGuard';
import { authorNotice, presentAdminComment, presentAppeal } from './adminPresenter';
import { AppealDecided, AppealFiled, AppealsPage, NoticeView } from '../adminSchemas';

const IdParam = Type.Object({ id: Type.String({ maxLength: 100 }) });
export const AppealBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: APPEAL_NOTE_MAX }) });
export const DecisionBody = Type.Object({ outcome: Type.Union([Type.Literal('restored'), Type.Literal('upheld')]), note: Type.Optional(Type.String({ maxLength: 1000 })) });

export async function appealRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const sd = staffDeps(deps);

  // GET /api/v1/comments/:id/appeal — the author's notice: status, policy category, rule, and the appeal's outcome.
  app.get('/api/v1/comments/:id/appeal', { schema: { params: IdParam, tags: ['appeals'], response: { 200: NoticeView } } }, async (req) => {
    const user = req.user;
    if (!user) throw new AppError(401, 'unauthorized', 'Sign in first.');
    const { id } = req.params as { id: string };
    const c = await deps.store.getComment(id);
    // Only the author sees the notice; to anyone else the comment's moderation record does not exist.
    if (!c || c.siteId !== deps.siteId || !isAuthorOf(user, c)) throw new AppError(404, 'not_found', 'Comment not found.');
    return { notice: authorNotice(c, await deps.store.getAppealByComment(c.id)) };
  });

  // POST /api/v1/comments/:id/appeal {note} → 201; a second appeal → 409 appeal_exists.
  app.post('/api/v1/comments/:id/appeal', {
    schema: { params: IdParam, body: AppealBody, tags: ['appeals'], response: { 201: AppealFiled } },
  }, async (req, reply) => {
    // Suspended and banned authors may still appeal: the appeal is how a wrong decision gets undone.
    const user = req.user;
    if (!user) throw new AppError(401, 'unauthorized', 'Sign in first.');
    const { id } = req.params as { id: string };
    const appeal = await fileAppeal(deps, { author: user, commentId: id, note: (req.body as { note: string }).note });
    const c = await deps.store.getComment(id);
    reply.code(201);
    return { appeal: { id: appeal.id, status: appeal.status, note: appeal.note, at: appeal.at }, notice: c ? authorNotice(c, appeal) : null };
  });

  // GET /api/v1/admin/appeals?status=pending — the appeals queue, oldest first, with each comment.
  app.get('/api/v1/admin/appeals', {
    schema: { querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('upheld'), Type.Literal('restored')])) }), tags: ['admin'], response: { 200: AppealsPage } },
  }, async (req) => {
    requireStaff(req, deps, 'appeal.read');
    const status = (req.query as { status?: Appeal['status'] }).status ?? 'pending';
    const appeals = (await deps.store.listAppeals(deps.siteId, status)).slice(0, 200);
    const comments = await Promise.all(appeals.map((a) => deps.store.getComment(a.commentId)));
    const present = comments.filter((c) => !!c);
    const authors = await authorsOf(deps.store, present);
    return {
      status,
      appeals: appeals.map((a, i) => presentAppeal(a, comments[i] ? presentAdminComment(comments[i]!, { author: authors.get(comments[i]!.authorId) }) : undefined)),
    };
  });

  // POST /api/v1/admin/appeals/:id/decision {outcome: restored|upheld, note?} — :id is the comment's id.
  app.post('/api/v1/admin/appeals/:id/decision', {
    schema: {
      params: IdParam,
      body: DecisionBody,
      tags: ['admin'], response: { 200: AppealDecided },
    },
  }, async (req) => {
    const actor = requireStaff(req, deps, 'appeal.decide');
    const { id } = req.params as { id: string };
    const body = req.body as { outcome: 'restored' | 'upheld'; note?: string };
    const r = await decideAppeal(sd, { actor, commentId: id, outcome: body.outcome, note: body.note });
    return { appeal: presentAppeal(r.appeal), comment: presentAdminComment(r.comment) };
  });
}

