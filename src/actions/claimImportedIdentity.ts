// A reader who proves an email takes over the imported identity (history) that carries it: the claim rule.
import type { User } from '../domain/types';
import type { Store } from '../store/store';

/**
 * Called with an email the reader has just proved (today: a publisher SSO token that says email_verified; issue 10's
 * local verification should call it too). When an unclaimed imported author carries that address, the reader's new
 * sign-in subject is linked to that identity, which gets the verified email: the reader signs in *as* the imported
 * author and sees its history. Returns the identity, or undefined when there is nothing to claim (or someone holds the
 * address already, which ssoLogin's own linking rule then decides).
 */
export async function claimImportedIdentity(
  deps: { store: Store; now: () => Date },
  input: { siteId: string; email: string; link: (identity: User, tx: Store) => Promise<void> },
): Promise<User | undefined> {
  return deps.store.transaction(async (tx) => {
    const rec = await tx.findUnclaimedAuthor(input.siteId, input.email);
    if (!rec) return undefined;
    if (await tx.findUserByEmail(input.siteId, input.email)) return undefined;
    const identity = await tx.getUser(rec.localId);
    if (!identity || identity.siteId !== input.siteId || identity.passwordHash || identity.ssoSubject || identity.role !== 'commenter') return undefined;
    await input.link(identity, tx);
    await tx.updateUser(identity.id, { email: input.email, emailVerified: true });
    await tx.claimImportedAuthor(identity.id, identity.id);
    return { ...identity, email: input.email, emailVerified: true };
  });
}
