// Issuing and checking the one-use tokens mailed to readers (verification, password reset): one place for both.
import { randomBytes } from 'node:crypto';
import type { AccountToken, AccountTokenPurpose } from '../domain/accountTokens';
import { AppError, badRequest } from '../domain/errors';
import type { Store } from '../store/store';
import { hashToken } from './startSession';

export interface AccountMailDeps {
  store: Store;
  now: () => Date;
  /** Wakes the mail sender after the commit that queued a message. */
  wakeMail?: () => void;
}

/** 256 random bits, base64url: 43 characters. */
export const newSecret = () => randomBytes(32).toString('base64url');
const SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token behind a secret, ready to use: 400 `token_invalid` (unknown, or not for this purpose), `token_used`
 * (used, or voided by a completed reset or a newer link) or `token_expired`. Read on `store` (lock it: pass tx).
 */
export async function usableToken(store: Store, secret: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountToken> {
  const t = SHAPE.test(secret) ? await store.getAccountToken(hashToken(secret)) : undefined;
  if (!t || t.purpose !== purpose) throw badRequest('token_invalid', 'This link is not valid. Ask for a new one.');
  if (t.usedAt) throw badRequest('token_used', 'This link was already used. Ask for a new one.');
  if (new Date(t.expiresAt).getTime() <= now.getTime()) throw badRequest('token_expired', 'This link has expired. Ask for a new one.');
  return t;
}

/**
 * Per-account limits on mailed links, counted in the store so every node sees them: one a minute, `perDay` a day.
 * `silent` (password reset): answers false instead of throwing, so the response reveals nothing.
 */
export async function underMailLimit(
  store: Store, userId: string, purpose: AccountTokenPurpose, now: Date, perDay: number, silent = false,
): Promise<boolean> {
  const minute = await store.countAccountTokens(userId, purpose, new Date(now.getTime() - 60_000).toISOString());
  const day = minute ? 0 : await store.countAccountTokens(userId, purpose, new Date(now.getTime() - 86_400_000).toISOString());
  if (!minute && day < perDay) return true;
  if (silent) return false;
  const retry = minute ? 60 : 3600;
  throw new AppError(429, 'rate_limited', `Too many emails for this account; retry in ${retry} s.`, { headers: { 'retry-after': String(retry) } });
}
