// The grievance officer's API: the breach board (least time left first), one complaint with its comment, acknowledge, decide.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { acknowledgeGrievance } from '../../actions/acknowledgeGrievance';
import { decideGrievance } from '../../actions/decideGrievance';
import type { Grievance, GrievanceAction, GrievanceOutcome, GrievanceStatus } from '../../domain/grievance';
import { notFound } from '../../domain/errors';
import { ownOrigin } from '../cors';
import type { AppDeps } from '../deps';
import { GrievanceBoard, GrievanceDecisionBody, GrievanceDetail, GrievanceStatusSchema } from '../grievanceSchemas';
import { authorsOf } from '../present';
import { requireStaff, staffDeps } from './adminGuard';
import { presentAdminComment } from './adminPresenter';
import { boardOrder, presentBoardItem } from './grievancePresenter';
import { grievanceDeps } from './grievances';

const IdParam = Type.Object({ id: Type.String({ maxLength: 100 }) });
const BOARD_LIMIT = 500;

export async function adminGrievanceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const gd = grievanceDeps(deps);
  const sd = staffDeps(deps);

  async function detail(g: Grievance) {
    const c = g.commentId ? await deps.store.getComment(g.commentId) : undefined;
    const author = c && (await authorsOf(deps.store, [c])).get(c.authorId);
    return {
      grievance: {
        ...presentBoardItem(g, deps.now()), commentUrl: g.commentUrl, description: g.description, name: g.name, email: g.email, lang: g.lang,
        acknowledgedAt: g.acknowledgedAt, acknowledgedBy: g.acknowledgedBy, decidedAt: g.decidedAt, decidedBy: g.decidedBy,
        outcome: g.outcome, letter: g.letter, action: g.action,
      },
      comment: c && c.siteId === deps.siteId ? presentAdminComment(c, { author }) : null,
    };
  }

  // GET /api/v1/admin/grievances?status= — the breach board: open complaints by time left (breached first), then decided ones.
  app.get('/api/v1/admin/grievances', {
    schema: { querystring: Type.Object({ status: Type.Optional(GrievanceStatusSchema) }), tags: ['admin'], response: { 200: GrievanceBoard } },
  }, async (req) => {
    requireStaff(req, deps, 'grievance.read');
    const status = (req.query as { status?: GrievanceStatus }).status;
    const now = deps.now();
    const rows = await deps.store.listGrievances({ siteId: deps.siteId, statuses: status ? [status] : undefined, limit: BOARD_LIMIT });
    return { now: now.toISOString(), grievances: rows.map((g) => presentBoardItem(g, now)).sort(boardOrder) };
  });

  // GET /api/v1/admin/grievances/:id — everything the complainant gave, the clocks, and the named comment's staff view.
  app.get('/api/v1/admin/grievances/:id', { schema: { params: IdParam, tags: ['admin'], response: { 200: GrievanceDetail } } }, async (req) => {
    requireStaff(req, deps, 'grievance.read');
    const g = await deps.store.getGrievance((req.params as { id: string }).id);
    if (!g || g.siteId !== deps.siteId) throw notFound('Grievance');
    return detail(g);
  });

  // POST /api/v1/admin/grievances/:id/acknowledge — stops the acknowledgement clock; 409 invalid_transition once past it.
  app.post('/api/v1/admin/grievances/:id/acknowledge', { schema: { params: IdParam, tags: ['admin'], response: { 200: GrievanceDetail } } }, async (req) => {
    const actor = requireStaff(req, deps, 'grievance.acknowledge');
    return detail(await acknowledgeGrievance(deps, { actor, id: (req.params as { id: string }).id }));
  });

  // POST /api/v1/admin/grievances/:id/decision {outcome, letter, action?} — the letter (plus the GAC route) is stored and mailed.
  app.post('/api/v1/admin/grievances/:id/decision', {
    schema: { params: IdParam, body: GrievanceDecisionBody, tags: ['admin'], response: { 200: GrievanceDetail } },
  }, async (req) => {
    const actor = requireStaff(req, deps, 'grievance.decide');
    const b = req.body as { outcome: GrievanceOutcome; letter: string; action?: GrievanceAction };
    const r = await decideGrievance({ ...gd, onCommentChanged: sd.onCommentChanged }, {
      actor, id: (req.params as { id: string }).id, outcome: b.outcome, letter: b.letter, action: b.action, base: ownOrigin(deps.config.publicUrl, req),
    });
    return detail(r.grievance);
  });
}
