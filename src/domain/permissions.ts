// Who may do what: a small table of plain functions per resource, site-scoped, tested as a whole matrix.
import { visibleTo, type Audience } from './comments';
import { STAFF_ROLES, type Comment, type Role, type User } from './types';

/** The acting user as permissions see it: only role, site and standing matter (suspendedUntil: when it ends). */
export type Actor = Pick<User, 'role' | 'siteId' | 'status'> & Partial<Pick<User, 'suspendedUntil'>>;

/**
 * In good standing at `now`: not banned, and not inside a suspension (one whose end has passed no longer counts;
 * one without an end lasts until lifted). The clock defaults to the real one because a ban or suspension is judged
 * when the request is made, never at some replayed time.
 */
export function inGoodStanding(actor: Actor, now: Date = new Date()): boolean {
  if (actor.status === 'banned') return false;
  if (actor.status !== 'suspended') return true;
  return !!actor.suspendedUntil && new Date(actor.suspendedUntil).getTime() <= now.getTime();
}

/**
 * Staff are site-scoped: a moderator of one site has no power on another. Banned or suspended staff lose it all:
 * a suspension is a sanction, and a sanctioned moderator must not keep reading held comments or deciding them.
 */
function staffOf(actor: Actor | null | undefined, siteId: string, roles: readonly Role[]): boolean {
  return !!actor && actor.siteId === siteId && roles.includes(actor.role) && inGoodStanding(actor);
}

const staffRoles: readonly Role[] = STAFF_ROLES;

const anyStaff = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, staffRoles);
const moderators = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'moderator']);
const admins = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin']);
// The grievance officer decides appeals because an appeal is a grievance about a moderation decision.
const appealDeciders = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'moderator', 'grievance_officer']);

const removers = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'moderator', 'grievance_officer']);
const officers = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'grievance_officer']);
const legalOfficers = (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'grievance_officer']);

export type Check = (actor: Actor | null | undefined, siteId: string) => boolean;

/**
 * The permission table. Each entry answers "may this actor do this on this site?".
 * @example can.comment.approve(req.user, comment.siteId)
 */
export const can = {
  queue: { read: anyStaff },
  comment: {
    approve: moderators,
    reject: moderators,
    /** The grievance officer too: a complaint upheld in the 2 h lane must come down without waiting for a moderator. */
    hide: removers,
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
    /** Notes on a reader that every moderator sees (People page). */
    note: moderators,
  },
  settings: { read: anyStaff, update: admins },
  story: { update: moderators },
  appeal: { read: anyStaff, decide: appealDeciders },
  audit: { read: anyStaff, export: (a: Actor | null | undefined, siteId: string) => staffOf(a, siteId, ['admin', 'grievance_officer']) },
  stats: { read: anyStaff },
  /** The grievance desk is the officer's (and admins'): moderators handle comments, not complaints about them. */
  grievance: { read: officers, acknowledge: officers, decide: officers },
  // Court and government orders and law-enforcement requests: the grievance officer's desk (and admins).
  order: { read: legalOfficers, register: legalOfficers, comply: legalOfficers },
  disclosure: { read: legalOfficers, register: legalOfficers, export: legalOfficers },
  // Preserved evidence is legal material: the admin and the grievance officer (who answers orders) only.
  evidence: { read: legalOfficers, hold: legalOfficers, export: legalOfficers },
  /** The whole comment history (JSONL or CSV download): the site's data, so the site's admins only. */
  comments: { export: admins },
} satisfies Record<string, Record<string, Check>>;

export type Resource = keyof typeof can;
export type PermissionName = { [R in Resource]: `${R}.${Extract<keyof (typeof can)[R], string>}` }[Resource];

/** Looks up a check by "resource.action", for routes that name their permission as data. */
export function allowed(permission: PermissionName, actor: Actor | null | undefined, siteId: string): boolean {
  const [resource, action] = permission.split('.') as [Resource, string];
  const check = (can[resource] as Record<string, Check>)[action];
  return check ? check(actor, siteId) : false;
}

/** Every permission name, for matrix tests and the dashboard's menu. */
export const allPermissions: PermissionName[] = Object.entries(can).flatMap(([r, actions]) =>
  Object.keys(actions).map((a) => `${r}.${a}` as PermissionName),
);

export const isStaff = (actor: Actor | null | undefined, siteId: string): boolean => anyStaff(actor, siteId);

// Comments: one function per question, used by every route and use case that reads or acts on a comment.

/** Someone looking at a comment: a signed-in user (any standing) or nobody. */
export type Viewer = (Actor & Pick<User, 'id'>) | null | undefined;
type CommentFacts = Pick<Comment, 'status' | 'authorId' | 'siteId'>;

/**
 * The audiences a viewer belongs to for one comment. The author stays its author whatever their standing (a banned
 * author may still read and appeal the decision); staff powers need good standing on the comment's site.
 */
export function audiencesOf(viewer: Viewer, c: CommentFacts): Audience[] {
  const out: Audience[] = ['public'];
  if (viewer && viewer.siteId === c.siteId && viewer.id === c.authorId) out.push('author');
  if (can.comment.inspect(viewer, c.siteId)) out.push('staff');
  return out;
}

/** May the viewer know this comment exists? Everything else about a comment they cannot see answers the same 404. */
export const canSeeComment = (viewer: Viewer, c: CommentFacts): boolean => visibleTo(c.status, audiencesOf(viewer, c));

/**
 * Revisions are moderated under their own verdicts (a held first draft may have been edited into an approved
 * comment), so the history is for the author and staff only, whatever the current status.
 */
export const canReadRevisions = (viewer: Viewer, c: CommentFacts): boolean =>
  audiencesOf(viewer, c).some((a) => a !== 'public');

/** Is the viewer the comment's author (who alone may edit, withdraw or appeal it)? */
export const isAuthorOf = (viewer: Viewer, c: CommentFacts): boolean => audiencesOf(viewer, c).includes('author');

/**
 * A reply is public as soon as it is approved, so it may only hang under a comment its author sees as a reader:
 * a public one or their own. Staff powers do not stretch to replying under a held comment.
 */
export const canReplyTo = (viewer: Viewer, parent: CommentFacts): boolean =>
  visibleTo(parent.status, audiencesOf(viewer, parent).filter((a) => a !== 'staff'));
