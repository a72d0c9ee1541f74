// Staff account recovery from the command line and the environment: reset a password, create a staff account, list staff.
import { randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { badRequest, conflict, notFound } from '../domain/errors';
import { assertStrongPassword } from '../domain/passwordPolicy';
import { STAFF_ROLES, type StaffRole, type User } from '../domain/types';
import type { Store } from '../store/store';
import { ARGON2ID, normaliseEmail } from './registerUser';

type Deps = { store: Store; now: () => Date };
/** Who did it, for the audit entry's rule: `cli` (`charcha admin …`) or `env` (CHARCHA_ADMIN_PASSWORD at start-up). */
export type Via = 'cli' | 'env';

/** 24 URL-safe characters (144 random bits): printed once, never stored in clear. */
export const generatePassword = () => randomBytes(18).toString('base64url');

const isStaff = (u: User) => (STAFF_ROLES as readonly string[]).includes(u.role);

/**
 * Sets a staff account's password, unbans nothing, and ends every session it had (whoever held the old password is
 * signed out). Returns the password when it was generated here, so the caller can print it once.
 */
export async function resetStaffPassword(
  deps: Deps,
  input: { siteId: string; email: string; password?: string | null; via: Via },
): Promise<{ user: User; generated: string | null }> {
  const email = normaliseEmail(input.email);
  const generated = input.password ? null : generatePassword();
  const password = input.password || generated!;
  assertStrongPassword(password, email);
  const passwordHash = await hash(password, { algorithm: ARGON2ID as never });
  return deps.store.transaction(async (tx) => {
    const user = await tx.findUserByEmail(input.siteId, email);
    if (!user) throw notFound(`An account with the email ${email}`);
    if (!isStaff(user)) throw badRequest('not_staff', `${email} is a reader account, not staff: readers reset their own password.`);
    await tx.updateUser(user.id, { passwordHash });
    await tx.deleteUserSessions(user.id);
    await tx.appendAudit({
      at: deps.now().toISOString(), actor: 'system', action: 'user.password_reset', targetType: 'user', targetId: user.id,
      reason: user.role, rule: input.via === 'env' ? 'CHARCHA_ADMIN_PASSWORD' : 'charcha admin reset-password',
    });
    return { user: { ...user, passwordHash }, generated };
  });
}

/** True when the account's stored hash already matches (a restart with an unchanged CHARCHA_ADMIN_PASSWORD). */
export async function passwordMatches(user: User, password: string): Promise<boolean> {
  return !!user.passwordHash && (await verify(user.passwordHash, password).catch(() => false));
}

/** Creates a staff account (a new email only: an existing account changes role in the dashboard or by `reset-password`). */
export async function createStaffAccount(
  deps: Deps,
  input: { siteId: string; email: string; role: StaffRole; displayName?: string | null; password?: string | null },
): Promise<{ user: User; generated: string | null }> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw badRequest('invalid_email', `${input.email} is not an email address.`);
  if (!(STAFF_ROLES as readonly string[]).includes(input.role)) throw badRequest('invalid_role', `The role must be one of: ${STAFF_ROLES.join(', ')}.`);
  const generated = input.password ? null : generatePassword();
  const password = input.password || generated!;
  assertStrongPassword(password, email);
  const at = deps.now().toISOString();
  const user: User = {
    id: randomUUID(), siteId: input.siteId, email, displayName: input.displayName?.trim() || defaultName(input.role),
    passwordHash: await hash(password, { algorithm: ARGON2ID as never }),
    ssoSubject: null, role: input.role, status: 'active', suspendedUntil: null, trusted: true, createdAt: at,
  };
  return deps.store.transaction(async (tx) => {
    if (await tx.findUserByEmail(input.siteId, email)) throw conflict('email_taken', `An account with the email ${email} already exists: use \`charcha admin reset-password ${email}\`.`);
    await tx.createUser(user);
    await tx.appendAudit({ at, actor: 'system', action: 'user.role', targetType: 'user', targetId: user.id, reason: input.role, rule: 'charcha admin create' });
    return { user, generated };
  });
}

const defaultName = (role: StaffRole) => ({ admin: 'Administrator', moderator: 'Moderator', grievance_officer: 'Grievance Officer' })[role];

/** Every staff account of the site; the listing is itself audited (it shows who can act on readers' words). */
export async function listStaffAccounts(deps: Deps, input: { siteId: string; via: Via }): Promise<User[]> {
  const staff = (await deps.store.listStaff(input.siteId)).filter(isStaff);
  await deps.store.appendAudit({
    at: deps.now().toISOString(), actor: 'system', action: 'staff.list', targetType: 'site', targetId: input.siteId,
    reason: `${staff.length} staff`, rule: 'charcha admin list',
  });
  return staff;
}
