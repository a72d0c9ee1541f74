// Checks an email and password; the same refusal for an unknown email and a wrong password.
import { hash, verify } from '@node-rs/argon2';
import type { User } from '../domain/types';
import { AppError } from '../domain/errors';
import type { Store } from '../store/store';
import { ARGON2ID, normaliseEmail } from './registerUser';

let dummyHash: Promise<string> | undefined;

export async function login(deps: { store: Store; siteId: string }, input: { email: string; password: string }): Promise<User> {
  const user = await deps.store.findUserByEmail(deps.siteId, normaliseEmail(input.email));
  // Verify against a dummy hash for unknown emails so response time does not reveal who has an account.
  dummyHash ??= hash('not-a-password', { algorithm: ARGON2ID as never });
  const ok = await verify(user?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
  if (!user || !user.passwordHash || !ok) throw new AppError(401, 'invalid_credentials', 'Wrong email or password.');
  return user;
}
