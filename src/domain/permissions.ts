// Who may do what: a small table of plain functions per resource, site-scoped, tested as a whole matrix.
import type { Role, User } from './types';

/** The acting user as permissions see it: only role, site and standing matter. */
export type Actor = Pick<User, 'role' | 'siteId' | 'status'>;

const staffRoles: readonly Role[] = ['admin', 'moderator', 'grievance_officer'];

/** Staff are site-scoped: a moderator of one site has no power on another. Banned staff lose it all. */
function staffOf(actor: Actor | undefined, siteId: string, roles: readonly Role[]): boolean {
  return !!actor && actor.siteId === siteId && actor.status !== 'banned' && roles.includes(actor.role);
}

const anyStaff = (a: Actor | undefined, siteId: string) => staffOf(a, siteId, staffRoles);
const moderators = (a: Actor | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'moderator']);
const admins = (a: Actor | undefined, siteId: string) => staffOf(a, siteId, ['admin']);
// The grievance officer decides appeals because an appeal is a grievance about a moderation decision.
const appealDeciders = (a: Actor | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'moderator', 'grievance_officer']);

export type Check = (actor: Actor | undefined, siteId: string) => boolean;

/**
 * The permission table. Each entry answers "may this actor do this on this site?".
 * @example can.comment.approve(req.user, comment.siteId)
 */
export const can = {
  queue: { read: anyStaff },
  comment: {
    approve: moderators,
    reject: moderators,
    hide: moderators,
    restore: moderators,
    feature: moderators,
    /** Staff may read a held comment's detail (evidence), e.g. the grievance officer when deciding. */
    inspect: anyStaff,
  },
  user: {
    suspend: moderators,
    ban: admins,
    trust: moderators,
    setRole: admins,
  },
  settings: { read: anyStaff, update: admins },
  story: { update: moderators },
  appeal: { read: anyStaff, decide: appealDeciders },
  audit: { read: anyStaff, export: (a: Actor | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'grievance_officer']) },
  stats: { read: anyStaff },
} satisfies Record<string, Record<string, Check>>;

export type Resource = keyof typeof can;
export type PermissionName = { [R in Resource]: `${R}.${Extract<keyof (typeof can)[R], string>}` }[Resource];

/** Looks up a check by "resource.action", for routes that name their permission as data. */
export function allowed(permission: PermissionName, actor: Actor | undefined, siteId: string): boolean {
  const [resource, action] = permission.split('.') as [Resource, string];
  const check = (can[resource] as Record<string, Check>)[action];
  return check ? check(actor, siteId) : false;
}

/** Every permission name, for matrix tests and the dashboard's menu. */
export const allPermissions: PermissionName[] = Object.entries(can).flatMap(([r, actions]) =>
  Object.keys(actions).map((a) => `${r}.${a}` as PermissionName),
);

export const isStaff = (actor: Actor | undefined, siteId: string): boolean => anyStaff(actor, siteId);
