// Signs in a publisher's user from verified SSO claims, creating or updating the account.
import { randomUUID } from 'node:crypto';
import type { User } from '../domain/types';
import type { SsoClaims } from '../domain/types';
import { StoreConflict, type Store } from '../store/store';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * A publisher's claim as a display name: the same rules as for registration (the publisher's data is trusted, its
 * bytes are not): no control, bidi-override or broken characters (PostgreSQL refuses NUL), 60 characters at most.
 */
export function ssoDisplayName(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(LONE_SURROGATE, '').replace(BIDI_CONTROL, '').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
  const cut = Array.from(text).slice(0, 60).join('').trim();
  return VISIBLE.test(cut) ? cut : null;
}

export async function ssoLogin(deps: { store: Store; now: () => Date; siteId: string }, claims: SsoClaims): Promise<User> {
  const rawEmail = claims.email?.trim().toLowerCase() ?? null;
  // An address with control or broken characters is no address; the account simply has none.
  const email = rawEmail && !/\p{Cc}/u.test(rawEmail) && !rawEmail.match(LONE_SURROGATE) ? rawEmail : null;
  const displayName = ssoDisplayName(claims.name) ?? ssoDisplayName(email?.split('@')[0]) ?? 'Reader';
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
    // The same publisher user signing in from several tabs at once: another request created the account first.
    const raced = await deps.store.findUserBySso(deps.siteId, claims.subject);
    if (raced) return raced;
    // The email already belongs to a password account: keep them apart rather than merge unverified identities.
    user.email = null;
    try {
      await deps.store.createUser(user);
    } catch (again) {
      const created = again instanceof StoreConflict ? await deps.store.findUserBySso(deps.siteId, claims.subject) : undefined;
      if (!created) throw again;
      return created;
    }
  }
  return user;
}
