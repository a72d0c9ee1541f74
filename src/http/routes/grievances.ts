// The grievance desk's public side: the officer's published details, filing a complaint (no account), and tracking it.
import type { FastifyInstance } from 'fastify';
import { fileGrievance, type GrievanceInput } from '../../actions/fileGrievance';
import { tokenHash, type GrievanceDeps } from '../../actions/grievanceDeps';
import { officerPublished } from '../../domain/grievance';
import { notFound } from '../../domain/errors';
import { Type } from '@sinclair/typebox';
import { ownOrigin } from '../cors';
import { currentSite, type AppDeps } from '../deps';
import { GrievanceBody, GrievanceFiled, GrievanceOfficerView, GrievanceTrackView } from '../grievanceSchemas';
import { logPageCsp } from './modlog';
import { presentTrack, renderTrackPage } from './grievancePresenter';

export const grievanceDeps = (deps: AppDeps): GrievanceDeps => ({
  store: deps.store, now: deps.now, queue: deps.queue, clocks: deps.config.clocks, wakeMail: () => deps.mail?.wake(),
});

// Tokens are 256 random bits in base64url (43 characters); anything else is not a token we issued.
const TokenParam = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });

export async function grievanceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const gd = grievanceDeps(deps);

  // GET /api/v1/grievance-officer — the officer's name, contact and address as published (null until set).
  app.get('/api/v1/grievance-officer', { schema: { tags: ['grievances'], response: { 200: GrievanceOfficerView } } }, async () => {
    const o = (await currentSite(deps)).settings.grievanceOfficer;
    return { officer: officerPublished(o) ? { name: o.name, email: o.email ?? null, phone: o.phone ?? null, address: o.address } : null };
  });

  // POST /api/v1/grievances — a complaint; 201 with the ticket, deadlines (UTC) and the private tracking URL.
  app.post('/api/v1/grievances', { schema: { body: GrievanceBody, tags: ['grievances'], response: { 201: GrievanceFiled } } }, async (req, reply) => {
    const filed = await fileGrievance(gd, { ...(req.body as GrievanceInput), siteId: deps.siteId, base: ownOrigin(deps.config.publicUrl, req) });
    const g = filed.grievance;
    reply.code(201).header('cache-control', 'no-store');
    return { ticket: g.ticket, status: g.status, acknowledgeBy: g.acknowledgeBy, resolveBy: g.resolveBy, trackingUrl: filed.trackingUrl };
  });

  // GET /api/v1/grievances/track/:token — the complainant's view; an unknown token is a 404 like any other.
  app.get('/api/v1/grievances/track/:token', { schema: { params: TokenParam, tags: ['grievances'], response: { 200: GrievanceTrackView } } }, async (req, reply) => {
    const g = await deps.store.findGrievanceByToken(tokenHash((req.params as { token: string }).token));
    if (!g || g.siteId !== deps.siteId) throw notFound('Complaint');
    reply.header('cache-control', 'no-store');
    return { grievance: presentTrack(g) };
  });

  // GET /grievance/track/:token — the same, server-rendered (no script; framed only by us and the site's origins).
  app.get('/grievance/track/:token', { schema: { hide: true } }, async (req, reply) => {
    const token = (req.params as { token: string }).token;
    const g = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await deps.store.findGrievanceByToken(tokenHash(token)) : undefined;
    const found = g && g.siteId === deps.siteId ? g : undefined;
    reply.code(found ? 200 : 404).type('text/html; charset=utf-8').header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer').header('content-security-policy', logPageCsp((await currentSite(deps)).origins));
    return renderTrackPage(found ? presentTrack(found) : null);
  });
}
