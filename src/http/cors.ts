// CORS for the embedded widget: the site's allowed origins (and our own) may call the API with credentials.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { currentSite, type AppDeps } from './deps';

/** Our own origin as the browser sees it, from the Host header. */
export const ownOrigin = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? ''}`;

export async function originAllowed(deps: AppDeps, req: FastifyRequest, origin: string | undefined): Promise<boolean> {
  if (!origin) return false;
  if (origin === ownOrigin(req)) return true;
  return (await currentSite(deps)).origins.includes(origin);
}

export function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

export function registerCors(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (!origin || !req.url.startsWith('/api/')) return;
    if (!(await originAllowed(deps, req, origin))) {
      reply.header('vary', 'Origin');
      return;
    }
    reply.headers(corsHeaders(origin));
    if (req.method === 'OPTIONS') {
      reply
        .header('access-control-allow-methods', 'GET, POST, PATCH, DELETE, OPTIONS')
        .header('access-control-allow-headers', 'Content-Type, Authorization, X-CSRF-Token, If-None-Match')
        .header('access-control-expose-headers', 'ETag, Retry-After')
        .header('access-control-max-age', '600')
        .code(204)
        .send();
      return reply;
    }
    reply.header('access-control-expose-headers', 'ETag, Retry-After');
  });
}
