// CORS for the embedded widget: the site's allowed origins (and our own) may call the API with credentials.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { currentSite, type AppDeps } from './deps';
import { isApiRoute } from './route';
import { AppError } from '../domain/errors';

const DEFAULT_PORT: Record<string, number> = { http: 80, https: 443 };

/** `host:port` as a Host header spells it, IPv6 in brackets and IPv4-mapped addresses unwrapped. */
function hostPort(address: string, port: number, protocol: string): string[] {
  const bare = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const host = bare.includes(':') ? `[${bare}]` : bare;
  return DEFAULT_PORT[protocol] === port ? [host, `${host}:${port}`] : [`${host}:${port}`];
}

/**
 * Our own origin as the browser sees it. The Host header is the client's word, so it is never believed as such:
 * CHARCHA_PUBLIC_URL when configured; otherwise the Host only when it names this very socket (localhost, loopback or
 * the address the connection arrived on), else `localhost:<port>`.
 */
export function ownOrigin(publicUrl: string | null, req: FastifyRequest): string {
  if (publicUrl) return new URL(publicUrl).origin;
  const port = req.socket.localPort ?? 0;
  const names = ['localhost', '127.0.0.1', '::1', ...(req.socket.localAddress ? [req.socket.localAddress] : [])]
    .flatMap((a) => hostPort(a, port, req.protocol));
  const host = req.headers.host?.toLowerCase();
  return `${req.protocol}://${host && names.includes(host) ? host : hostPort('localhost', port, req.protocol).at(-1)}`;
}

export async function originAllowed(deps: AppDeps, req: FastifyRequest, origin: string | undefined): Promise<boolean> {
  if (!origin) return false;
  if (origin === ownOrigin(deps.config.publicUrl, req)) return true;
  return (await currentSite(deps)).origins.includes(origin);
}

export function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
}

/** CORS by the route a request matched, not by its URL text: `/%61pi/v1/…` reaches an API route and gets the same headers. */
export function registerCors(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (!origin || !isApiRoute(req)) return;
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
  // Preflights have no route of their own; this one gives them a registered API URL (the hook above answers them),
  // and a preflight from an origin that may not call us gets the same 404 as before.
  app.options('/api/*', { schema: { hide: true } }, async (req) => {
    throw new AppError(404, 'not_found', `No route OPTIONS ${req.url.split('?')[0]}.`);
  });
}
