// Password reset: a request mails a one-use, 30-minute link; confirming sets the password and ends every session.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { RESET_TOKEN_MINUTES } from '../domain/accountTokens';
import { badRequest } from '../domain/errors';
import { assertStrongPassword } from '../domain/passwordPolicy';
import type { Queue } from '../jobs/queue';
import { enqueueMail } from '../mail/outbox';
import { newSecret, underMailLimit, usableToken, type AccountMailDeps } from './accountTokens';
import { ARGON2ID, normaliseEmail } from './registerUser';
import { hashToken } from './startSession';

export const PASSWORD_RESET_JOB = 'account.password_reset';
const RESETS_PER_DAY = 5;

export interface ResetRequest {
  siteId: string;
  email: string;
  /** Origin of this server's pages (the link is `<base>/account/reset-password?token=…`). */
  base: string;
  lang: string;
}

/**
 * POST /api/v1/auth/password-reset. Known or unknown, the request does the same thing, one durable job insert, and
 * answers the same: the look-up, the token and the mail happen in the job, so neither the answer nor its timing
 * tells whether the address has an account.
 */
export async function requestPasswordReset(deps: { queue: Queue }, req: ResetRequest): Promise<void> {
  await deps.queue.enqueue(PASSWORD_RESET_JOB, { ...req, email: normaliseEmail(req.email) }, { key: `password_reset:${randomUUID()}` });
}

/** The job: mails a link when a local account has the address (and it is under its daily limit); else nothing. */
export async function sendPasswordReset(deps: AccountMailDeps, req: ResetRequest): Promise<boolean> {
  const user = await deps.store.findUserByEmail(req.siteId, normaliseEmail(req.email));
  // Only accounts with a password: an SSO reader signs in at the publisher, and a closed account has no email.
  if (!user?.email || !user.passwordHash) return false;
  const now = deps.now();
  if (!(await underMailLimit(deps.store, user.id, 'reset_password', now, RESETS_PER_DAY, true))) return false;
  const secret = newSecret();
  const tokenHash = hashToken(secret);
  const at = now.toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.insertAccountToken({
      tokenHash, userId: user.id, siteId: user.siteId, purpose: 'reset_password', email: user.email!, createdAt: at,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000).toISOString(), usedAt: null,
    });
    await tx.appendAudit({ at, actor: 'system', action: 'account.password_reset_request', targetType: 'user', targetId: user.id, reason: null, rule: null });
    await enqueueMail({ store: tx, now: deps.now }, {
      to: user.email!, template: 'password_reset', lang: req.lang, idempotencyKey: `password_reset:${tokenHash}`,
      data: { link: `${req.base}/account/reset-password?token=${secret}`, minutes: RESET_TOKEN_MINUTES, name: user.displayName },
    });
  });
  deps.wakeMail?.();
  return true;
}

/**
 * POST /api/v1/auth/password-reset/confirm. Sets the new password, uses the token and voids the account's other reset
 * links, and ends every session of the account, in one transaction; returns how many sessions ended, and the address.
 */
export async function confirmPasswordReset(deps: AccountMailDeps, input: { token: string; password: string }): Promise<{ sessionsEnded: number; email: string }> {
  const now = deps.now();
  // Checked and hashed before the transaction, so the slow hash never holds the write lock; re-checked inside.
  const first = await usableToken(deps.store, input.token, 'reset_password', now);
  const user = await deps.store.getUser(first.userId);
  if (!user || !user.passwordHash || user.email !== first.email) throw badRequest('token_invalid', 'This link is not valid. Ask for a new one.');
  assertStrongPassword(input.password, user.email);
  const passwordHash = await hash(input.password, { algorithm: ARGON2ID as never });
  const at = now.toISOString();
  return deps.store.transaction(async (tx) => {
    const t = await usableToken(tx, input.token, 'reset_password', now);
    if (!(await tx.useAccountToken(t.tokenHash, at))) throw badRequest('token_used', 'This link was already used. Ask for a new one.');
    await tx.voidAccountTokens(t.userId, 'reset_password', at);
    // The link reached this address, so the reader has proved it too.
    await tx.updateUser(t.userId, { passwordHash, emailVerified: true });
    const sessionsEnded = await tx.deleteUserSessions(t.userId);
    await tx.appendAudit({ at, actor: t.userId, action: 'account.password_reset', targetType: 'user', targetId: t.userId, reason: null, rule: null, data: { sessionsEnded } });
    return { sessionsEnded, email: t.email };
  });
}
