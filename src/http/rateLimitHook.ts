// The write limits, attached by the route a request matched (its registered URL), never by the raw URL string.
import type { FastifyInstance } from 'fastify';
import { isWrite } from './auth';
import type { AppDeps } from './deps';
import { routeUrl } from './route';
import { AppError } from '../domain/errors';
import { isStaff } from '../domain/permissions';

export function registerWriteLimits(app: FastifyInstance, deps: Pick<AppDeps, 'limiter' | 'siteId'>): void {
  app.addHook('onRequest', async (req) => {
    const route = routeUrl(req);
    if (!isWrite(req) || !route?.startsWith('/api/')) return;
    // Staff work queues by keyboard, far faster than the reader write limit. Only staff in good standing: a banned
    // or suspended moderator is refused by the staff routes and limited like anyone else.
    if (route.startsWith('/api/v1/admin/') && isStaff(req.user, deps.siteId)) return;
    // Draft checks while typing get buckets of their own, so checking a draft never uses up the right to post it.
    const scope = route.startsWith('/api/v1/moderation/check') ? 'check:' : '';
    const keys = [`${scope}ip:${req.ip}`, ...(req.user ? [`${scope}user:${req.user.id}`] : [])];
    for (const key of keys) {
      const t = await deps.limiter.take(key);
      if (!t.ok) throw new AppError(429, 'rate_limited', `Too many writes; retry in ${t.retryAfterSeconds} s.`, { headers: { 'retry-after': String(t.retryAfterSeconds) } });
    }
  });
}
