// Staff actions over HTTP: one comment, many comments, an author, and undo. Each is one audited transaction.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { bulkStaffCommentAction, COMMENT_VERBS, staffCommentAction, type CommentVerb } from '../../actions/staffCommentAction';
import { staffUserAction, type UserVerb } from '../../actions/staffUserAction';
import { undoAction } from '../../actions/undoAction';
import type { AppDeps } from '../deps';
import { requireStaff, staffDeps } from './adminGuard';
import { presentAdminComment, presentAuthor } from './adminPresenter';
import { BulkActed, CommentActed, Undone, UserActed } from '../adminSchemas';

const CommentAction = Type.Union(COMMENT_VERBS.map((v) => Type.Literal(v)));
const USER_VERBS: UserVerb[] = ['suspend', 'unsuspend', 'ban', 'unban', 'trust', 'untrust', 'setRole'];
const IdParam = Type.Object({ id: Type.String({ maxLength: 100 }) });
const Note = Type.Optional(Type.String({ maxLength: 1000 }));
const Reason = Type.Optional(Type.String({ maxLength: 40 }));
export const CommentActionBody = Type.Object({ action: CommentAction, reason: Reason, note: Note });
export const BulkBody = Type.Object({ ids: Type.Array(Type.String({ maxLength: 100 }), { minItems: 1, maxItems: 200 }), action: CommentAction, reason: Reason, note: Note });
export const UserActionBody = Type.Object({
  action: Type.Union(USER_VERBS.map((v) => Type.Literal(v))),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  role: Type.Optional(Type.Union((['admin', 'moderator', 'grievance_officer', 'commenter'] as const).map((r) => Type.Literal(r)))),
  note: Note,
});
export const UndoBody = Type.Object({ auditSeq: Type.Integer({ minimum: 1 }) });

export async function adminActionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const sd = staffDeps(deps);

  // POST /api/v1/admin/comments/:id/actions {action, reason?, note?} — approve | reject | hide | restore | feature | unfeature
  app.post('/api/v1/admin/comments/:id/actions', {
    schema: { params: IdParam, body: CommentActionBody, tags: ['admin'], response: { 200: CommentActed } },
  }, async (req) => {
    const actor = requireStaff(req, deps);
    const { id } = req.params as { id: string };
    const body = req.body as { action: CommentVerb; reason?: string; note?: string };
    const r = await staffCommentAction(sd, { actor, commentId: id, verb: body.action, reason: body.reason, note: body.note });
    return { comment: presentAdminComment(r.comment), auditSeq: r.auditSeq };
  });

  // POST /api/v1/admin/comments/bulk {ids, action, reason?, note?} — per-id results; stale ids fail alone.
  app.post('/api/v1/admin/comments/bulk', {
    schema: {
      body: BulkBody,
      tags: ['admin'], response: { 200: BulkActed },
    },
  }, async (req) => {
    const actor = requireStaff(req, deps);
    const body = req.body as { ids: string[]; action: CommentVerb; reason?: string; note?: string };
    const results = await bulkStaffCommentAction(sd, { actor, ids: body.ids, verb: body.action, reason: body.reason, note: body.note });
    return { results, ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length };
  });

  // POST /api/v1/admin/users/:id/actions {action, days?, role?, note?} — suspend | unsuspend | ban | unban | trust | untrust | setRole
  app.post('/api/v1/admin/users/:id/actions', {
    schema: {
      params: IdParam,
      body: UserActionBody,
      tags: ['admin'], response: { 200: UserActed },
    },
  }, async (req) => {
    const actor = requireStaff(req, deps);
    const { id } = req.params as { id: string };
    const body = req.body as { action: UserVerb; days?: number; role?: any; note?: string };
    const r = await staffUserAction(sd, { actor, userId: id, verb: body.action, days: body.days, role: body.role, note: body.note });
    return { user: presentAuthor(r.user), auditSeq: r.auditSeq };
  });

  // POST /api/v1/admin/undo {auditSeq} — records the inverse as a new action; the undone entry stays in the log.
  app.post('/api/v1/admin/undo', {
    schema: { body: UndoBody, tags: ['admin'], response: { 200: Undone } },
  }, async (req) => {
    const actor = requireStaff(req, deps);
    return undoAction(sd, { actor, auditSeq: (req.body as { auditSeq: number }).auditSeq });
  });
}
