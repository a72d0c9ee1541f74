// Which route a request reached, by its registered URL pattern: the one thing hooks may key limits and CORS on.
import type { FastifyRequest } from 'fastify';

/**
 * The registered URL pattern of the route a request reached (`/api/v1/comments/:id`), or null for no route.
 * The router decodes the path before matching, so `/%61pi/v1/comments` reaches the `/api/v1/comments` route:
 * a test on `req.url` would let it pass as "not the API".
 */
export const routeUrl = (req: FastifyRequest): string | null => req.routeOptions?.url ?? null;

export const isApiRoute = (req: FastifyRequest) => !!routeUrl(req)?.startsWith('/api/');
