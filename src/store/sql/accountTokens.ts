// SQL of the one-use account tokens (verification and password reset) and of ending all of a user's sessions.
import type { AccountToken, AccountTokenPurpose } from '../../domain/accountTokens';
import type { Id, Instant } from '../../domain/types';
import type { Executor, Row } from './executor';

const token = (r: Row): AccountToken => ({
  tokenHash: r.token_hash, userId: r.user_id, siteId: r.site_id, purpose: r.purpose, email: r.email,
  createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at ?? null,
});

export async function insertAccountToken(exec: Executor, t: AccountToken): Promise<void> {
  await exec.run(
    `INSERT INTO account_tokens (token_hash, user_id, site_id, purpose, email, created_at, expires_at, used_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [t.tokenHash, t.userId, t.siteId, t.purpose, t.email, t.createdAt, t.expiresAt, t.usedAt]);
}

export async function getAccountToken(exec: Executor, tokenHash: string, lock: string): Promise<AccountToken | undefined> {
  const r = await exec.get(`SELECT * FROM account_tokens WHERE token_hash = ?${lock}`, [tokenHash]);
  return r && token(r);
}

/** The one-use guarantee: only the first caller's UPDATE finds used_at empty. */
export async function useAccountToken(exec: Executor, tokenHash: string, at: Instant): Promise<boolean> {
  return (await exec.run('UPDATE account_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL', [at, tokenHash])) > 0;
}

export async function voidAccountTokens(exec: Executor, userId: Id, purpose: AccountTokenPurpose, at: Instant): Promise<number> {
  return exec.run('UPDATE account_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL', [at, userId, purpose]);
}

export async function countAccountTokens(exec: Executor, userId: Id, purpose: AccountTokenPurpose, since: Instant): Promise<number> {
  const r = await exec.get<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM account_tokens WHERE user_id = ? AND purpose = ? AND created_at >= ?', [userId, purpose, since]);
  return Number(r?.n ?? 0);
}

export async function deleteUserSessions(exec: Executor, userId: Id): Promise<number> {
  return exec.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
}
