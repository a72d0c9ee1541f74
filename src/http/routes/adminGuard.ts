// The staff gate every /api/v1/admin route passes: 401 for anonymous, 403 for non-staff, before any data is read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { User } from '../../domain/types';
import { allowed, inGoodStanding, isStaff, type PermissionName } from '../../domain/permissions';
import { STAFF_ROLES } from '../../domain/types';
import type { StaffDeps } from '../../actions/staffDeps';
import { hideEvent, commentEvent } from '../../realtime/events';
import type { AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { notifyLinks } from './notifications';

/**
 * The signed-in staff member of this server's site, or a problem. A ban or a running suspension removes every staff
 * power (domain/permissions.ts): req.user is re-read per request, so it takes effect on the next call.
 */
export function requireStaff(req: FastifyRequest, deps: Pick<AppDeps, 'siteId'>, permission?: PermissionName): User {
  const user = req.user;
  if (!user) throw new AppError(401, 'unauthorized', 'Sign in first.');
  if ((STAFF_ROLES as readonly string[]).includes(user.role) && !inGoodStanding(user)) {
    throw new AppError(403, user.status === 'banned' ? 'account_banned' : 'account_suspended', 'This account has no staff powers while banned or suspended.');
  }
  if (!isStaff(user, deps.siteId)) throw new AppError(403, 'not_staff', 'This needs a staff account of this site.');
  if (permission && !allowed(permission, user, deps.siteId)) throw new AppError(403, 'forbidden', `Your role may not ${permission}.`);
  return user;
}

/**
 * The same gate as a hook on every /api/v1/admin/ route, run before the body is parsed or validated: an anonymous
 * or reader call gets 401/403 whatever it sends, never a validation message about the staff API's schemas.
 */
export function gateStaffRoutes(app: FastifyInstance, deps: Pick<AppDeps, 'siteId'>): void {
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.url?.startsWith('/api/v1/admin/')) requireStaff(req, deps);
  });
}

/**
 * Whether the user behind an open stream still holds the permission now: re-reads the session and the user, so a
 * ban, suspension, role change or sign-out stops an already open stream (on any node: the store is shared).
 */
export async function stillAllowed(deps: Pick<AppDeps, 'store' | 'siteId' | 'now'>, req: FastifyRequest, permission: PermissionName): Promise<boolean> {
  const session = req.authSession && (await deps.store.getSession(req.authSession.tokenHash));
  if (!session || new Date(session.expiresAt).getTime() <= deps.now().getTime()) return false;
  const user = await deps.store.getUser(session.userId);
  return !!user && allowed(permission, user, deps.siteId);
}

/** Staff channel on the hub: queue changes for open dashboards (a "story id" no real story can have). */
export const staffChannel = (siteId: string) => `staff:${siteId}`;

/** The use cases' deps, with live updates wired to the readers' story stream and the staff stream. */
export function staffDeps(deps: AppDeps): StaffDeps {
  return {
    store: deps.store,
    now: deps.now,
    evidenceRetentionDays: deps.config.evidenceRetentionDays,
    notify: notifyLinks(deps),
    wakeMail: () => deps.mail?.wake(),
    onCommentChanged: (c) => {
      void (async () => {
        const author = await deps.store.getUser(c.authorId);
        await deps.hub.publish(c.storyId, c.status === 'approved' ? commentEvent(c, author) : hideEvent(c.id));
        await deps.hub.publish(staffChannel(c.siteId), { type: 'queue', data: { id: c.id, status: c.status } });
      })().catch(() => { /* live updates are best effort; the thread and the queue re-read on poll */ });
    },
  };
}
