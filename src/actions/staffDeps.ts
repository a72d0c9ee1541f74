// What staff use cases need: the store, a clock, and a hook that tells live views a comment changed.
import type { Comment, User } from '../domain/types';
import type { Store } from '../store/store';
import { allowed, type PermissionName } from '../domain/permissions';
import { AppError } from '../domain/errors';
import type { NotifyLinks } from './notify';

export interface StaffDeps {
  store: Store;
  /** Injected so tests and replays control time. */
  now?: () => Date;
  /** Called after a commit that changed what readers or staff see (live thread and queue updates). */
  onCommentChanged?: (comment: Comment) => void;
  /** Days removed content's evidence is kept (config CHARCHA_EVIDENCE_RETENTION_DAYS); 180 when omitted. */
  evidenceRetentionDays?: number;
  /** Set by the server: decisions and appeal outcomes are e-mailed to authors (src/actions/notify.ts). */
  notify?: NotifyLinks;
  /** Called after a commit that may have queued mail. */
  wakeMail?: () => void;
}

export const nowIso = (deps: Pick<StaffDeps, 'now'>) => (deps.now ? deps.now() : new Date()).toISOString();

/** The acting staff user, as the HTTP layer hands it over. */
export type StaffActor = Pick<User, 'id' | 'role' | 'siteId' | 'status'> & Partial<Pick<User, 'suspendedUntil'>>;

/** Throws 403 unless the actor holds the permission on the site; the use case is the authority, routes only echo it. */
export function authorize(actor: StaffActor | undefined, permission: PermissionName, siteId: string): asserts actor is StaffActor {
  if (!actor) throw new AppError(401, 'unauthorized', 'Sign in first.');
  if (!allowed(permission, actor, siteId)) throw new AppError(403, 'forbidden', `Your role may not ${permission}.`);
}

// The vocabulary lives in the domain, shared with the widget and dashboard; re-exported for existing callers.
export { REASON_CATEGORIES, STAFF_ROLES, type ReasonCategory } from '../domain/types';

/** statusReason is "category" or "category: note"; the author sees both parts. */
export function formatStatusReason(category: string, note?: string | null): string {
  const n = note?.trim();
  return n ? `${category}: ${n}` : category;
}

export function parseStatusReason(reason: string | null): { category: string | null; note: string | null } {
  if (!reason) return { category: null, note: null };
  const i = reason.indexOf(': ');
  return i < 0 ? { category: reason, note: null } : { category: reason.slice(0, i), note: reason.slice(i + 2) };
}
