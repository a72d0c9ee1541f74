// The comment lifecycle in one place: which status may become which, by whom; who sees what; what an author may still do.
import type { PermissionName } from './permissions';
import { COMMENT_STATUSES, type CommentStatus } from './types';

/** Who moves a comment: its author (edit, withdraw), staff (verbs, appeals, undo), or the moderation engine. */
export const ACTOR_KINDS = ['author', 'staff', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Where a new comment may start: the engine's verdict decides (premoderation only turns approved into review). */
export const INITIAL_STATUSES: readonly CommentStatus[] = ['approved', 'review', 'rejected'];

/**
 * The transition table: for each actor kind, from each status, the statuses it may move the comment to.
 * A status not listed as a key is final for that actor. Withdrawn is final for everyone: the author took it back,
 * and staff may not put words back in public that their author withdrew.
 */
export const TRANSITIONS: Record<ActorKind, Partial<Record<CommentStatus, readonly CommentStatus[]>>> = {
  // An author's edit is re-screened by the engine: the system moves the edited comment (same status included).
  system: { approved: ['approved', 'review', 'rejected'], review: ['approved', 'review', 'rejected'] },
  author: { approved: ['withdrawn'], review: ['withdrawn'] },
  // Staff decide held and visible comments, restore rejected/removed ones (verb or appeal), and undo their own moves.
  staff: {
    review: ['approved', 'rejected', 'removed'],
    approved: ['rejected', 'removed', 'review'],
    rejected: ['approved', 'review'],
    removed: ['approved', 'review', 'rejected'],
  },
};

export function canTransition(kind: ActorKind, from: CommentStatus, to: CommentStatus): boolean {
  return TRANSITIONS[kind][from]?.includes(to) ?? false;
}

/** Audiences of a comment: anyone (signed in or not), its author, and staff in good standing of its site. */
export const AUDIENCES = ['public', 'author', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Who sees a comment in each status. Authors keep seeing their own (to appeal), staff see all (evidence). */
export const VISIBILITY: Record<CommentStatus, readonly Audience[]> = {
  approved: ['public', 'author', 'staff'],
  review: ['author', 'staff'],
  rejected: ['author', 'staff'],
  removed: ['author', 'staff'],
  withdrawn: ['author', 'staff'],
};

export const visibleTo = (status: CommentStatus, audiences: readonly Audience[]) =>
  audiences.some((a) => VISIBILITY[status].includes(a));

/** Why an author's action on their own comment is refused: a stable error code, or null when it is allowed. */
export type AuthorRefusal = 'not_editable' | 'edit_window_closed' | 'story_closed';

/** Statuses an author may still edit: what the engine can re-screen. */
export const EDITABLE_STATUSES: readonly CommentStatus[] = COMMENT_STATUSES.filter((s) => canTransition('system', s, s));

export interface EditContext {
  storyClosed: boolean;
  editWindowMinutes: number;
  now: Date;
}

/** Whether the author may edit now: not once it is rejected/removed/withdrawn, the window has passed, or the story closed. */
export function editRefusal(c: { status: CommentStatus; createdAt: string }, ctx: EditContext): AuthorRefusal | null {
  if (!EDITABLE_STATUSES.includes(c.status)) return 'not_editable';
  if (ctx.storyClosed) return 'story_closed';
  if (ctx.now.getTime() > editableUntil(c, ctx.editWindowMinutes).getTime()) return 'edit_window_closed';
  return null;
}

export const editableUntil = (c: { createdAt: string }, editWindowMinutes: number) =>
  new Date(new Date(c.createdAt).getTime() + editWindowMinutes * 60_000);

/** The author may withdraw a comment that is visible or held; a moderation decision (and its appeal) stands. */
export const withdrawable = (status: CommentStatus) => canTransition('author', status, 'withdrawn');

/** Reactions count public approval, so only public comments of open stories take them (or give them back). */
export function reactionRefusal(c: { status: CommentStatus }, storyClosed: boolean): 'not_public' | 'story_closed' | null {
  if (!VISIBILITY[c.status].includes('public')) return 'not_public';
  return storyClosed ? 'story_closed' : null;
}

// Reports have no status rule: any comment the reporter can see may be reported (canSeeComment), on closed stories
// too, because a closed story's comments are still read and unlawful ones must still reach staff.

/** Only a moderation decision can be appealed, by the author. */
export const APPEALABLE_STATUSES: readonly CommentStatus[] = ['rejected', 'removed'];

/** Staff verbs on one comment: the permission each needs, the statuses it applies to and where it moves the comment. */
export interface StaffVerb {
  permission: PermissionName;
  from: readonly CommentStatus[];
  /** New status, or undefined when the verb changes a flag instead. */
  to?: CommentStatus;
  featured?: boolean;
  /** Reject and hide tell the author why, so a policy category is required or defaulted. */
  needsReason?: boolean;
}

// Never touches the body: moderation changes status and flags only (safe harbour, DESIGN.md).
export const STAFF_VERBS = {
  approve: { permission: 'comment.approve', from: ['review', 'rejected'], to: 'approved' },
  reject: { permission: 'comment.reject', from: ['review', 'approved'], to: 'rejected', needsReason: true },
  hide: { permission: 'comment.hide', from: ['review', 'approved'], to: 'removed', needsReason: true },
  restore: { permission: 'comment.restore', from: ['rejected', 'removed'], to: 'approved' },
  feature: { permission: 'comment.feature', from: ['approved'], featured: true },
  unfeature: { permission: 'comment.feature', from: ['approved', 'removed', 'rejected', 'review'], featured: false },
  // Keep: the reports were looked at and the comment stays as it is; it leaves the Reported queue.
  keep: { permission: 'comment.approve', from: ['approved', 'review'] },
} as const satisfies Record<string, StaffVerb>;
export type CommentVerb = keyof typeof STAFF_VERBS;
export const COMMENT_VERBS = Object.keys(STAFF_VERBS) as CommentVerb[];

// Characters that draw nothing: spaces, format controls (zero-width, bidi, BOM, soft hyphen), other controls,
// combining marks on their own, variation selectors, and the Hangul/Braille fillers used to fake a blank.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether a text has at least one character a reader would see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}
