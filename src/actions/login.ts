// Checks an email and password; the same refusal for an unknown email and a wrong password, throttled per account.
import { createHash } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { User } from '../domain/types';
import { AppError } from '../domain/errors';
import type { Store } from '../store/store';
import { ARGON2ID, normaliseEmail } from './registerUser';

/**
 * Sign-in attempts per account, whatever IP they come from (a per-IP limit alone lets a botnet guess one password
 * from many addresses). Every attempt counts until a correct password clears the count; past a few, the account
 * backs off exponentially. Unknown emails are counted exactly like real ones, so the throttle reveals no account.
 */
export interface LoginThrottle {
  attempt(key: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
  clear(key: string): Promise<void>;
  close?(): Promise<void>;
}

let dummyHash: Promise<string> | undefined;

/** The throttle key: a hash, so no store of counters (Redis) holds the email addresses themselves. */
export const accountKey = (siteId: string, email: string) => createHash('sha256').update(`${siteId}\n${normaliseEmail(email)}`).digest('hex');

export async function login(deps: { store: Store; siteId: string; loginThrottle: LoginThrottle }, input: { email: string; password: string }): Promise<User> {
  const key = accountKey(deps.siteId, input.email);
  // Counted before the password is checked, so parallel guesses cannot all slip in before the first failure is recorded.
  const t = await deps.loginThrottle.attempt(key);
  if (!t.ok) {
    throw new AppError(429, 'rate_limited', `Too many failed sign-ins for this account; retry in ${t.retryAfterSeconds} s.`, { headers: { 'retry-after': String(t.retryAfterSeconds) } });
  }
  // Verify against a dummy hash for unknown emails so response time does not reveal who has an account;
  // every caller waits for it, so not even the first sign-in after a start is faster for one kind of email.
  dummyHash ??= hash('not-a-password', { algorithm: ARGON2ID as never });
  const dummy = await dummyHash;
  const user = await deps.store.findUserByEmail(deps.siteId, normaliseEmail(input.email));
  const ok = await verify(user?.passwordHash ?? dummy, input.password).catch(() => false);
  if (!user || !user.passwordHash || !ok) throw new AppError(401, 'invalid_credentials', 'Wrong email or password.');
  await deps.loginThrottle.clear(key);
  return user;
}
