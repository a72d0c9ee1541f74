// Opens a session for a signed-in user: a random 32-byte token of which only the SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Session, User } from '../domain/types';
import type { Store } from '../store/store';

export const SESSION_DAYS = 30;
const STAFF = new Set(['admin', 'moderator', 'grievance_officer']);

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface StartedSession {
  token: string;
  /** The CSRF value for cookie sessions (double submit); null for bearer sessions. */
  csrf: string | null;
  expiresAt: Date;
}

/**
 * Starts one session per kind asked for (a sign-in opens a bearer and a cookie session together) in one
 * transaction; a staff sign-in is audited once, because staff can act on readers' words.
 */
export async function startSessions<K extends Session['kind']>(
  deps: { store: Store; now: () => Date },
  user: User,
  kinds: readonly K[],
  method: string,
): Promise<Record<K, StartedSession>> {
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  const started = {} as Record<K, StartedSession>;
  // One id for the sessions of this sign-in: logging out of one ends the others it opened (the bearer and the cookie).
  const signIn = randomBytes(16).toString('base64url');
  for (const kind of kinds) {
    started[kind] = { token: randomBytes(32).toString('base64url'), csrf: kind === 'cookie' ? randomBytes(24).toString('base64url') : null, expiresAt };
  }
  await deps.store.transaction(async (tx) => {
    for (const kind of kinds) {
      const { token, csrf } = started[kind];
      await tx.createSession({ tokenHash: hashToken(token), userId: user.id, kind, csrfToken: csrf, signIn, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    }
    if (STAFF.has(user.role)) {
      await tx.appendAudit({ at: now.toISOString(), actor: user.id, action: 'auth.login', targetType: 'user', targetId: user.id, reason: null, rule: null, data: { kinds, method } });
    }
  });
  return started;
}
