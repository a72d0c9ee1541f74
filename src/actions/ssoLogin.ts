// Signs in a publisher's user from verified SSO claims, creating or updating the account.
import { randomUUID } from 'node:crypto';
import type { User } from '../domain/types';
import type { SsoClaims } from '../http/sso';
import { StoreConflict, type Store } from '../store/store';

export async function ssoLogin(deps: { store: Store; now: () => Date; siteId: string }, claims: SsoClaims): Promise<User> {
  const displayName = (claims.name ?? claims.email?.split('@')[0] ?? 'Reader').trim().slice(0, 60) || 'Reader';
  const email = claims.email?.trim().toLowerCase() ?? null;
  const existing = await deps.store.findUserBySso(deps.siteId, claims.subject);
  if (existing) {
    // The publisher is the source of truth for its users' names and emails.
    if (existing.displayName !== displayName || existing.email !== email) {
      await deps.store.updateUser(existing.id, { displayName, email });
    }
    return { ...existing, displayName, email };
  }
  const user: User = {
    id: randomUUID(), siteId: deps.siteId, email, displayName, passwordHash: null, ssoSubject: claims.subject,
    role: 'commenter', status: 'active', suspendedUntil: null, trusted: false, createdAt: deps.now().toISOString(),
  };
  try {
    await deps.store.createUser(user);
  } catch (err) {
    if (!(err instanceof StoreConflict)) throw err;
    // The email already belongs to a password account: keep them apart rather than merge unverified identities.
    user.email = null;
    await deps.store.createUser(user);
  }
  return user;
}
