// Creates a reader account with an email and an argon2id password hash.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { User } from '../domain/types';
import { conflict } from '../domain/errors';
import { assertStrongPassword } from '../domain/passwordPolicy';
import { StoreConflict, type Store } from '../store/store';
import type { ConsentChannel } from '../domain/rights';
import { signUpConsent } from './recordConsent';

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolatedModules cannot import). */
export const ARGON2ID = 2;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function registerUser(
  deps: { store: Store; now: () => Date; siteId: string },
  input: { email: string; password: string; displayName: string; channel?: ConsentChannel },
): Promise<User> {
  const email = normaliseEmail(input.email);
  assertStrongPassword(input.password, email);
  if (await deps.store.findUserByEmail(deps.siteId, email)) throw conflict('email_taken', 'An account with this email already exists.');
  const user: User = {
    id: randomUUID(),
    siteId: deps.siteId,
    email,
    displayName: input.displayName.trim(),
    passwordHash: await hash(input.password, { algorithm: ARGON2ID as never }),
    ssoSubject: null,
    role: 'commenter',
    status: 'active',
    suspendedUntil: null,
    trusted: false,
    createdAt: deps.now().toISOString(),
  };
  try {
    await deps.store.createUser(user);
  } catch (err) {
    // Two registrations racing for one email: the store's unique index decides.
    if (err instanceof StoreConflict) throw conflict('email_taken', 'An account with this email already exists.');
    throw err;
  }
  await signUpConsent(deps, user, input.channel ?? 'api');
  return user;
}
