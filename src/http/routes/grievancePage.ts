// The public grievance desk for people: GET /grievance (officer's contact + complaint form) and its script /grievance.js.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { currentSite, type AppDeps } from '../deps';
import { grievancePageCsp, renderGrievancePage, type OfficerContact } from '../../web/grievance/page';
import { grievanceScript } from '../../web/grievance/bundle';

const Query = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 2000 })) });

/** The officer as the public API tells it (GET /api/v1/grievance-officer), so the page and the API never disagree. */
async function officerOf(app: FastifyInstance): Promise<OfficerContact | null> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/grievance-officer', headers: { accept: 'application/json' } });
  if (res.statusCode !== 200) return null;
  const body = res.json() as Record<string, any>;
  const o = (body.officer ?? body) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  return { name: str(o.name), email: str(o.email), phone: str(o.phone), address: str(o.address) };
}

export async function grievancePageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/grievance', { schema: { querystring: Query, hide: true } }, async (req, reply) => {
    const q = req.query as typeof Query.static;
    const [officer, script] = await Promise.all([officerOf(app), grievanceScript()]);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache')
      .header('content-security-policy', grievancePageCsp((await currentSite(deps)).origins));
    return renderGrievancePage(officer, q.comment ?? '', script.etag);
  });

  app.get('/grievance.js', { schema: { hide: true } }, async (req, reply) => {
    const script = await grievanceScript();
    reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'public, max-age=300').header('etag', script.etag);
    if (req.headers['if-none-match'] === script.etag) return reply.code(304).send();
    return reply.send(script.code);
  });
}
