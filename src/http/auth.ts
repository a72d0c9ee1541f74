// Who is asking: bearer tokens and the widget's session cookie, CSRF for cookie writes, and the user/role guards.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, type StartedSession } from '../actions/startSession';
import type { Role, Session, User } from '../domain/types';
import type { AppDeps } from './deps';
import { routeUrl } from './route';
import { AppError, forbidden, unauthorized } from '../domain/errors';

export const SESSION_COOKIE = 'charcha_session';
export const CSRF_COOKIE = 'charcha_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. */
    user: User | null;
    authSession: Session | null;
    authKind: 'bearer' | 'cookie' | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sign-in endpoints do not act with an existing session, so a stale cookie must not block them. */
const CSRF_EXEMPT = new Set([
  '/api/v1/auth/login', '/api/v1/auth/register', '/api/v1/auth/sso',
  // The mailed links (routes/account.ts) act on their one-use token alone, never on the session.
  '/api/v1/auth/password-reset', '/api/v1/auth/password-reset/confirm', '/api/v1/auth/verify-email', '/account/verify-email', '/account/reset-password',
  // The one-click unsubscribe acts on its signed token alone, never on the session (RFC 8058 posts come without one).
  '/notifications/unsubscribe',
]);

export const isWrite = (req: FastifyRequest) => !SAFE_METHODS.has(req.method);

async function resolveSession(deps: AppDeps, token: string): Promise<{ session: Session; user: User } | null> {
  const session = await deps.store.getSession(hashToken(token));
  if (!session) return null;
  if (new Date(session.expiresAt).getTime() <= deps.now().getTime()) {
    await deps.store.deleteSession(session.tokenHash);
    return null;
  }
  const user = await deps.store.getUser(session.userId);
  return user ? { session, user } : null;
}

/** Constant-time comparison, so the CSRF value cannot be guessed byte by byte from response times. */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Decorates every request with req.user and enforces CSRF on cookie-authenticated writes. */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);
  app.decorateRequest('authKind', null);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const found = await resolveSession(deps, bearer);
      if (!found) throw new AppError(401, 'invalid_token', 'The bearer token is unknown or expired.');
      Object.assign(req, { user: found.user, authSession: found.session, authKind: 'bearer' });
      return;
    }
    const cookie = req.cookies?.[SESSION_COOKIE];
    if (!cookie) return;
    const found = await resolveSession(deps, cookie);
    if (!found) return;
    Object.assign(req, { user: found.user, authSession: found.session, authKind: 'cookie' });
    // By the route reached, not the URL text: an encoded path must neither dodge the check nor gain the exemption.
    if (isWrite(req) && !CSRF_EXEMPT.has(routeUrl(req) ?? '')) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !found.session.csrfToken || !sameSecret(sent, found.session.csrfToken)) {
        throw forbidden('csrf_failed', 'Cookie-authenticated writes need the X-CSRF-Token header from the session endpoint.');
      }
    }
  });
}

/** The signed-in, active user, or a 401/403 problem. */
export function requireUser(req: FastifyRequest, now: Date = new Date()): User {
  const user = req.user;
  if (!user) throw unauthorized();
  if (user.status === 'banned') throw forbidden('account_banned', 'This account is banned.');
  const suspended = user.status === 'suspended' && (!user.suspendedUntil || new Date(user.suspendedUntil) > now);
  if (suspended) throw forbidden('account_suspended', `This account is suspended${user.suspendedUntil ? ` until ${user.suspendedUntil}` : ''}.`);
  return user;
}

export function requireRole(req: FastifyRequest, roles: Role[]): User {
  const user = requireUser(req);
  if (!roles.includes(user.role)) throw forbidden('forbidden_role', `This needs one of the roles: ${roles.join(', ')}.`);
  return user;
}

/** Sets the widget's session cookie (httpOnly) and the readable CSRF cookie (double submit). */
export function setSessionCookies(req: FastifyRequest, reply: FastifyReply, s: StartedSession, publicUrl: string | null = null): void {
  // Behind a TLS-terminating proxy the request looks like http; CHARCHA_PUBLIC_URL tells the truth.
  const secure = req.protocol === 'https' || !!publicUrl?.startsWith('https:');
  const base = { path: '/', sameSite: 'lax' as const, secure, expires: s.expiresAt };
  reply.setCookie(SESSION_COOKIE, s.token, { ...base, httpOnly: true });
  if (s.csrf) reply.setCookie(CSRF_COOKIE, s.csrf, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
