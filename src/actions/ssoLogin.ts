// Signs in a publisher's user from verified SSO claims, creating or updating the account.
import { randomUUID } from 'node:crypto';
import type { User } from '../domain/types';
import type { SsoClaims } from '../domain/types';
import { StoreConflict, type Store } from '../store/store';
import { signUpConsent } from './recordConsent';
import { claimImportedIdentity } from './claimImportedIdentity';

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

type SsoDeps = { store: Store; now: () => Date; siteId: string };

/**
 * The account-linking rule. A subject always reaches the account it reached before. A new subject joins an existing
 * reader account only when the token says email_verified and that account's email is verified too, and the account has
 * no password (a password account that verified its email by our link is still never joined: its owner links it
 * knowingly or not at all; staff accounts are never joined). Otherwise it gets
 * an account of its own, with the email when nobody holds it and without when somebody does: never merged, never a
 * failed sign-in. A joined account keeps its standing: a banned reader's new subject is still banned.
 */
export async function ssoLogin(deps: SsoDeps, claims: SsoClaims): Promise<User> {
  const rawEmail = claims.email?.trim().toLowerCase() ?? null;
  // An address with control or broken characters is no address; the account simply has none.
  const email = rawEmail && !/\p{Cc}/u.test(rawEmail) && !rawEmail.match(LONE_SURROGATE) ? rawEmail : null;
  const verified = !!email && claims.emailVerified === true;
  const displayName = ssoDisplayName(claims.name) ?? ssoDisplayName(email?.split('@')[0]) ?? 'Reader';
  const seen = { email, verified, displayName };
  const existing = await deps.store.findUserBySso(deps.siteId, claims.subject);
  if (existing) return refresh(deps, existing, seen);
  if (verified) {
    const owner = await deps.store.findUserByEmail(deps.siteId, email);
    // Never into a staff account: a second identity must not inherit moderation powers unasked (staff link nothing).
    if (owner?.emailVerified && !owner.passwordHash && owner.role === 'commenter') {
      try {
        await deps.store.linkSsoSubject(owner.id, deps.siteId, claims.subject, deps.now().toISOString());
      } catch (err) {
        // Two first sign-ins of this subject at once: the other request linked it.
        if (!(err instanceof StoreConflict)) throw err;
      }
      const linked = await deps.store.findUserBySso(deps.siteId, claims.subject);
      if (!linked) throw new Error(`ssoLogin: subject ${claims.subject} was linked but is not found`);
      return refresh(deps, linked, seen);
    }
  }
  if (verified) {
    // Imported history (src/imports) with this address and nobody holding it: this sign-in becomes that identity.
    const claimed = await claimImportedIdentity(deps, {
      siteId: deps.siteId, email, link: (identity, tx) => tx.linkSsoSubject(identity.id, deps.siteId, claims.subject, deps.now().toISOString()),
    }).catch((err: unknown) => { if (err instanceof StoreConflict) return undefined; throw err; });
    if (claimed) return refresh(deps, claimed, seen);
  }
  const free = email && !(await deps.store.findUserByEmail(deps.siteId, email));
  const user: User = {
    id: randomUUID(), siteId: deps.siteId, email: free ? email : null, emailVerified: free ? verified : false, displayName,
    passwordHash: null, ssoSubject: claims.subject, role: 'commenter', status: 'active', suspendedUntil: null, trusted: false,
    createdAt: deps.now().toISOString(),
  };
  for (;;) {
    try {
      await deps.store.createUser(user);
      await signUpConsent(deps, user, 'sso');
      return user;
    } catch (err) {
      if (!(err instanceof StoreConflict)) throw err;
      // The same publisher user signing in from several tabs at once: another request created the account first.
      const raced = await deps.store.findUserBySso(deps.siteId, claims.subject);
      if (raced) return raced;
      // Somebody took the email meanwhile: the reader still signs in, without it.
      if (user.email === null) throw err;
      Object.assign(user, { email: null, emailVerified: false });
    }
  }
}

/**
 * The publisher is the source of truth for its users' names and emails, but an email another account holds stays
 * with that account: this one then has none (the old conflict made every later sign-in a 500).
 */
async function refresh(deps: SsoDeps, user: User, seen: { email: string | null; verified: boolean; displayName: string }): Promise<User> {
  const sameEmail = seen.email === user.email;
  let email = seen.email;
  if (email && !sameEmail) {
    const holder = await deps.store.findUserByEmail(deps.siteId, email);
    if (holder && holder.id !== user.id) email = null;
  }
  const emailVerified = !!email && (sameEmail ? !!user.emailVerified || seen.verified : seen.verified);
  const patch: Partial<User> = {};
  if (user.displayName !== seen.displayName) patch.displayName = seen.displayName;
  if (user.email !== email) patch.email = email;
  if (!!user.emailVerified !== emailVerified) patch.emailVerified = emailVerified;
  if (Object.keys(patch).length === 0) return user;
  try {
    await deps.store.updateUser(user.id, patch);
  } catch (err) {
    if (!(err instanceof StoreConflict) || !patch.email) throw err;
    // Taken between the check and the write: keep the rest, drop the email.
    Object.assign(patch, { email: null, emailVerified: false });
    await deps.store.updateUser(user.id, patch);
  }
  return { ...user, ...patch };
}
