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

/** Starts a session of `kind`; staff sign-ins are audited because they can act on readers' words. */
export async function startSession(
  deps: { store: Store; now: () => Date },
  user: User,
  kind: Session['kind'],
  method: string,
): Promise<StartedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrf = kind === 'cookie' ? randomBytes(24).toString('base64url') : null;
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await deps.store.transaction(async (tx) => {
    await tx.createSession({ tokenHash: hashToken(token), userId: user.id, kind, csrfToken: csrf, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    if (STAFF.has(user.role)) {
      await tx.appendAudit({ at: now.toISOString(), actor: user.id, action: 'auth.login', targetType: 'user', targetId: user.id, reason: null, rule: null, data: { kind, method } });
    }
  });
  return { token, csrf, expiresAt };
}
