// Verifying a local account's email: the link mailed at sign-up, resending it, changing the address, opening a link.
import { verify } from '@node-rs/argon2';
import { VERIFY_TOKEN_HOURS } from '../domain/accountTokens';
import { AppError, badRequest, conflict } from '../domain/errors';
import type { User } from '../domain/types';
import { checkAddress, enqueueMail } from '../mail/outbox';
import { StoreConflict } from '../store/store';
import { newSecret, underMailLimit, usableToken, type AccountMailDeps } from './accountTokens';
import { normaliseEmail } from './registerUser';
import { hashToken } from './startSession';

export interface LinkInput {
  /** Origin of this server's pages (the link is `<base>/account/verify-email?token=…`). */
  base: string;
  lang: string;
}

const VERIFY_PER_DAY = 5;
const emailTaken = () => conflict('email_taken', 'An account with this email already exists.');

/** Voids the user's earlier verification links and mails a new one to `email`; only the newest link works. */
export async function sendVerification(deps: AccountMailDeps, input: LinkInput & { user: User; email: string; change?: boolean }): Promise<void> {
  const secret = newSecret();
  const now = deps.now();
  const at = now.toISOString();
  const tokenHash = hashToken(secret);
  await deps.store.transaction(async (tx) => {
    await tx.voidAccountTokens(input.user.id, 'verify_email', at);
    await tx.insertAccountToken({
      tokenHash, userId: input.user.id, siteId: input.user.siteId, purpose: 'verify_email', email: input.email, createdAt: at,
      expiresAt: new Date(now.getTime() + VERIFY_TOKEN_HOURS * 3_600_000).toISOString(), usedAt: null,
    });
    if (input.change) {
      // Neither address goes into the chain (it cannot forget them): that a change was asked for, and when.
      await tx.appendAudit({ at, actor: input.user.id, action: 'account.email_change_request', targetType: 'user', targetId: input.user.id, reason: null, rule: null });
    }
    await enqueueMail({ store: tx, now: deps.now }, {
      to: input.email, template: 'verify_email', lang: input.lang, idempotencyKey: `verify_email:${tokenHash}`,
      data: { link: `${input.base}/account/verify-email?token=${secret}`, hours: VERIFY_TOKEN_HOURS, name: input.user.displayName, change: input.change ? '1' : '' },
    });
  });
  deps.wakeMail?.();
}

/** POST /api/v1/auth/verify-email/resend: a fresh link to the current address; 409 when it is verified already. */
export async function resendVerification(deps: AccountMailDeps, input: LinkInput & { user: User }): Promise<void> {
  const { user } = input;
  if (!user.email || !user.passwordHash) throw conflict('no_local_email', 'This account has no email of its own to verify.');
  if (user.emailVerified) throw conflict('email_already_verified', 'This email address is verified already.');
  await underMailLimit(deps.store, user.id, 'verify_email', deps.now(), VERIFY_PER_DAY);
  await sendVerification(deps, { ...input, email: user.email });
}

/** POST /api/v1/me/email: the new address gets a link; the account keeps the old one until the link is opened. */
export async function requestEmailChange(deps: AccountMailDeps, input: LinkInput & { user: User; email: string; password: string }): Promise<string> {
  const { user } = input;
  // An SSO reader's address is the publisher's to change; a local one's needs the password, so a stolen session
  // cannot move the account to an address whose reset link the thief then receives.
  if (!user.passwordHash) throw conflict('email_managed_by_publisher', "This account's email comes from the publisher's sign-in.");
  if (!(await verify(user.passwordHash, input.password).catch(() => false))) throw new AppError(403, 'wrong_password', 'The password is not right.');
  const email = checkAddress(normaliseEmail(input.email));
  if (email === user.email) throw badRequest('email_unchanged', 'That is the address the account has already.');
  if (await deps.store.findUserByEmail(user.siteId, email)) throw emailTaken();
  await underMailLimit(deps.store, user.id, 'verify_email', deps.now(), VERIFY_PER_DAY);
  await sendVerification(deps, { ...input, email, change: true });
  return email;
}

/** Opens a verification link: the address is proven, and on a change it becomes the account's (the old one is told). */
export async function verifyEmail(deps: AccountMailDeps, input: { token: string; lang: string }): Promise<User> {
  const now = deps.now();
  const at = now.toISOString();
  let told = false;
  const user = await deps.store.transaction(async (tx) => {
    const t = await usableToken(tx, input.token, 'verify_email', now);
    const user = await tx.getUser(t.userId);
    if (!user || user.siteId !== t.siteId || !user.passwordHash) throw badRequest('token_invalid', 'This link is not valid. Ask for a new one.');
    if (!(await tx.useAccountToken(t.tokenHash, at))) throw badRequest('token_used', 'This link was already used. Ask for a new one.');
    const change = t.email !== user.email;
    if (change) {
      const holder = await tx.findUserByEmail(user.siteId, t.email);
      if (holder && holder.id !== user.id) throw emailTaken();
    }
    try {
      await tx.updateUser(user.id, { email: t.email, emailVerified: true });
    } catch (err) {
      // Another account took the address between the request and the click: the store's unique index decides.
      if (err instanceof StoreConflict) throw emailTaken();
      throw err;
    }
    await tx.appendAudit({
      at, actor: user.id, action: change ? 'account.email_change' : 'account.verify_email', targetType: 'user', targetId: user.id,
      reason: null, rule: null,
    });
    if (change && user.email) {
      told = true;
      await enqueueMail({ store: tx, now: deps.now }, {
        to: user.email, template: 'email_changed', lang: input.lang, idempotencyKey: `email_changed:${t.tokenHash}`,
        data: { newEmail: t.email, name: user.displayName },
      });
    }
    return { ...user, email: t.email, emailVerified: true };
  });
  if (told) deps.wakeMail?.();
  return user;
}
