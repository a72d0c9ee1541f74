// Serves the dashboard at /admin: the HTML shell and its bundled script and stylesheet (built on first request).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps';
import { dashboardBundle, dashboardPage, type Asset } from '../../web/dashboard/bundle';

// The dashboard needs no third-party origin; inline styles are allowed because uPlot positions its canvas with them.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function sendAsset(req: FastifyRequest, reply: FastifyReply, a: Asset, type: string) {
  reply.header('etag', a.etag).header('cache-control', 'public, max-age=300').type(type);
  if (req.headers['if-none-match'] === a.etag) return reply.code(304).send();
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').header('vary', 'accept-encoding').send(a.gzip);
  return reply.send(a.body);
}

export async function adminDashboardRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  app.get('/admin', { schema: { hide: true } }, async (_req, reply) => {
    const b = await dashboardBundle();
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', CSP)
      .header('x-frame-options', 'DENY').header('referrer-policy', 'same-origin');
    return dashboardPage(b.js.etag, b.css.etag);
  });
  app.get('/admin/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/admin'));
  app.get('/admin/app.js', { schema: { hide: true } }, async (req, reply) => sendAsset(req, reply, (await dashboardBundle()).js, 'text/javascript; charset=utf-8'));
  app.get('/admin/app.css', { schema: { hide: true } }, async (req, reply) => sendAsset(req, reply, (await dashboardBundle()).css, 'text/css; charset=utf-8'));
}
