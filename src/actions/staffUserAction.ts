// Staff verbs on an author (suspend, ban, trust, set role, and their inverses), each audited in the same transaction.
import { inGoodStanding } from '../domain/permissions';
import type { Role, User } from '../domain/types';
import type { PermissionName } from '../domain/permissions';
import { AppError } from '../domain/errors';
import { authorize, nowIso, STAFF_ROLES, type StaffActor, type StaffDeps } from './staffDeps';

export type UserVerb = 'suspend' | 'unsuspend' | 'ban' | 'unban' | 'trust' | 'untrust' | 'setRole';

const permissionOf: Record<UserVerb, PermissionName> = {
  suspend: 'user.suspend', unsuspend: 'user.suspend', ban: 'user.ban', unban: 'user.ban',
  trust: 'user.trust', untrust: 'user.trust', setRole: 'user.setRole',
};

export interface UserActionInput {
  actor: StaffActor;
  userId: string;
  verb: UserVerb;
  /** suspend: length in days (1–365). */
  days?: number;
  /** setRole: the new role. */
  role?: Role;
  note?: string;
  /** An undo: the entry it undoes, the state that entry recorded after the action, and the state to restore. */
  undo?: { seq: number; expect: Partial<User>; restore: Partial<User> };
}

function patchFor(input: UserActionInput, target: User, now: Date): Partial<User> {
  switch (input.verb) {
    case 'suspend': {
      const days = input.days;
      if (!Number.isInteger(days) || days! < 1 || days! > 365) throw new AppError(400, 'invalid_days', 'days must be a whole number from 1 to 365.');
      if (target.status === 'banned') throw new AppError(409, 'invalid_transition', 'User is banned.');
      return { status: 'suspended', suspendedUntil: new Date(now.getTime() + days! * 86_400_000).toISOString() };
    }
    case 'unsuspend':
      if (target.status !== 'suspended') throw new AppError(409, 'invalid_transition', 'User is not suspended.');
      return { status: 'active', suspendedUntil: null };
    case 'ban':
      if (target.status === 'banned') throw new AppError(409, 'invalid_transition', 'User is already banned.');
      return { status: 'banned', suspendedUntil: null };
    case 'unban':
      if (target.status !== 'banned') throw new AppError(409, 'invalid_transition', 'User is not banned.');
      return { status: 'active', suspendedUntil: null };
    case 'trust':
      if (target.trusted) throw new AppError(409, 'invalid_transition', 'User is already trusted.');
      return { trusted: true };
    case 'untrust':
      if (!target.trusted) throw new AppError(409, 'invalid_transition', 'User is not trusted.');
      return { trusted: false };
    case 'setRole': {
      const roles: Role[] = [...STAFF_ROLES, 'commenter'];
      if (!input.role || !roles.includes(input.role)) throw new AppError(400, 'invalid_role', `role must be one of: ${roles.join(', ')}.`);
      if (target.role === input.role) throw new AppError(409, 'invalid_transition', `User is already ${input.role}.`);
      return { role: input.role };
    }
  }
}

/** Applies one verb to one user of the actor's site. */
export async function staffUserAction(deps: StaffDeps, input: UserActionInput): Promise<{ user: User; auditSeq: number }> {
  const permission = permissionOf[input.verb];
  if (!permission) throw new AppError(400, 'invalid_action', `Unknown action ${String(input.verb)}.`);
  return deps.store.transaction(async (tx) => {
    const target = await tx.getUser(input.userId);
    if (!target || target.siteId !== input.actor.siteId) throw new AppError(404, 'not_found', 'User not found.');
    authorize(input.actor, permission, target.siteId);
    // Staff discipline staff only through an admin; nobody can lock themselves out.
    if (target.role !== 'commenter' && input.actor.role !== 'admin') throw new AppError(403, 'staff_target', 'Only an admin may act on staff accounts.');
    if (target.id === input.actor.id && input.verb !== 'trust' && input.verb !== 'untrust') {
      throw new AppError(409, 'self_target', 'You cannot do that to your own account.');
    }
    const now = deps.now ? deps.now() : new Date();
    // The verb's own checks still apply to an undo; then the recorded prior state is restored, not a guess.
    let patch = patchFor(input, target, now);
    if (input.undo) {
      const changed = Object.entries(input.undo.expect).some(([k, v]) => (target as unknown as Record<string, unknown>)[k] !== v);
      if (changed) throw new AppError(409, 'state_changed', 'The user has changed since; nothing to undo.');
      patch = input.undo.restore;
    }
    // A site always keeps an admin in good standing: the last one's role cannot be taken away (an undo included).
    if (target.role === 'admin' && patch.role !== undefined && patch.role !== 'admin') {
      const admins = (await tx.listStaff(target.siteId)).filter((u) => u.role === 'admin' && inGoodStanding(u, now));
      if (admins.every((u) => u.id === target.id)) throw new AppError(409, 'last_admin', 'This is the site\'s last admin: make someone else admin first.');
    }
    await tx.updateUser(target.id, patch);
    const entry = await tx.appendAudit({
      at: nowIso(deps),
      actor: input.actor.id,
      action: input.verb === 'setRole' ? 'user.role' : (`user.${input.verb}` as const),
      targetType: 'user',
      targetId: target.id,
      // The role change names the new role; a suspension names its length. Neither is personal data.
      reason: input.verb === 'setRole' ? input.role! : input.verb === 'suspend' ? `${input.days}d` : input.undo ? 'undo' : null,
      rule: input.undo ? `undo:${input.undo.seq}` : null,
      undoes: input.undo?.seq ?? null,
      data: { before: { status: target.status, role: target.role, trusted: target.trusted, suspendedUntil: target.suspendedUntil }, patch, note: input.note ?? null },
    });
    return { user: { ...target, ...patch }, auditSeq: entry.seq };
  });
}

export const suspendUser = (deps: StaffDeps, i: Omit<UserActionInput, 'verb'>) => staffUserAction(deps, { ...i, verb: 'suspend' });
export const banUser = (deps: StaffDeps, i: Omit<UserActionInput, 'verb'>) => staffUserAction(deps, { ...i, verb: 'ban' });
export const trustUser = (deps: StaffDeps, i: Omit<UserActionInput, 'verb'>) => staffUserAction(deps, { ...i, verb: 'trust' });
export const setRole = (deps: StaffDeps, i: Omit<UserActionInput, 'verb'>) => staffUserAction(deps, { ...i, verb: 'setRole' });
