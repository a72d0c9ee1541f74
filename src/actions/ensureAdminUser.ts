// First start: creates the site's first admin account when the site has none, so the dashboard can be reached.
import { randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { assertStrongPassword } from '../domain/passwordPolicy';
import type { User } from '../domain/types';
import type { Store } from '../store/store';
import { ARGON2ID, normaliseEmail } from './registerUser';

export const DEMO_ADMIN_EMAIL = 'admin@charcha.local';

/**
 * Ensures an admin exists. With no admin on the site: promotes the account with that email if there is one
 * (keeping its password unless one is given), else creates it — with a random password when none is given,
 * returned so the caller can print it once. Returns null when an admin already exists.
 */
export async function ensureAdminUser(
  deps: { store: Store; now: () => Date },
  input: { siteId: string; email?: string | null; password?: string | null },
): Promise<{ user: User; password: string | null; created: boolean } | null> {
  const staff = await deps.store.listStaff(input.siteId);
  if (staff.some((u) => u.role === 'admin' && u.status !== 'banned')) return null;
  const email = normaliseEmail(input.email || DEMO_ADMIN_EMAIL);
  const password = input.password || null;
  // CHARCHA_ADMIN_PASSWORD sets the most powerful password of all: the same rule as for readers.
  if (password) assertStrongPassword(password, email);
  const at = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const existing = await tx.findUserByEmail(input.siteId, email);
    let user: User;
    let shownPassword: string | null = null;
    if (existing) {
      // The operator named this address in the configuration: it needs no link to be believed.
      const patch: Partial<User> = { role: 'admin', status: 'active', suspendedUntil: null, emailVerified: true };
      if (password) patch.passwordHash = await hash(password, { algorithm: ARGON2ID as never });
      await tx.updateUser(existing.id, patch);
      user = { ...existing, ...patch };
    } else {
      shownPassword = password ? null : randomBytes(12).toString('base64url');
      user = {
        id: randomUUID(), siteId: input.siteId, email, displayName: 'Administrator',
        passwordHash: await hash(password ?? shownPassword!, { algorithm: ARGON2ID as never }),
        ssoSubject: null, emailVerified: true, role: 'admin', status: 'active', suspendedUntil: null, trusted: true, createdAt: at,
      };
      await tx.createUser(user);
    }
    await tx.appendAudit({ at, actor: 'system', action: 'user.role', targetType: 'user', targetId: user.id, reason: 'admin', rule: 'bootstrap-admin' });
    return { user, password: shownPassword, created: !existing };
  });
}
