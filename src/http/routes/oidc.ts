// OpenID Connect sign-in in a popup: readers from the widget, staff from the dashboard; the result is posted to the opener.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ssoLogin } from '../../actions/ssoLogin';
import { startSessions } from '../../actions/startSession';
import { AppError } from '../../domain/errors';
import { STAFF_ROLES, type User } from '../../domain/types';
import { setSessionCookies } from '../auth';
import { originAllowed, ownOrigin } from '../cors';
import type { AppDeps } from '../deps';
import { oidcClient, openPending, randomToken, sealPending, type PendingSignIn } from '../oidc';
import { errors } from '../schemas';
import { requireStaff } from './adminGuard';

export const OIDC_COOKIE = 'charcha_oidc';
/** The popup's pages (HTML and redirects, not API operations) and the path of the pending sign-in's cookie. */
export const OIDC_PAGES = '/oidc';
const PENDING_MS = 10 * 60_000;

const StartQuery = Type.Object({
  purpose: Type.Optional(Type.Union([Type.Literal('reader'), Type.Literal('staff')])),
  /** The origin of the page that opened the popup (the publisher's page for readers); it must be an allowed origin. */
  origin: Type.Optional(Type.String({ maxLength: 500 })),
});
const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 4096 })),
  state: Type.Optional(Type.String({ maxLength: 512 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
});
export const LinkStarted = Type.Object({ url: Type.String() });

/** What the popup posts to its opener: a session for readers and staff, or { linked }, or an error code. */
export type OidcResult =
  | { type: 'charcha-oidc'; ok: true; token?: string; csrf?: string | null; user?: { id: string; displayName: string }; linked?: boolean }
  | { type: 'charcha-oidc'; ok: false; code: string; detail: string };

/** Inline JSON in a script: `<`, U+2028 and U+2029 escaped, so no value can end the script element or the string. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function resultPage(reply: FastifyReply, status: number, origin: string | null, result: OidcResult) {
  const text = result.ok ? 'Signed in. You can close this window.' : `Sign-in failed: ${result.detail}`;
  // The target origin is the one checked at the start, never '*': a session token goes only to the page that asked.
  const script = origin ? `<script>(function(){var o=window.opener;if(o){o.postMessage(${scriptJson(result)},${scriptJson(origin)});window.close();}})();</script>` : '';
  return reply.code(status).header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').type('text/html; charset=utf-8')
    .send(`<!doctype html><meta charset="utf-8"><title>Charcha sign-in</title><p>${text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>${script}`);
}

export const oidcRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  const client = oidcClient(deps.config);
  const redirectUri = (req: FastifyRequest) => `${ownOrigin(deps.config.publicUrl, req)}${OIDC_PAGES}/callback`;
  const need = () => {
    if (!client) throw new AppError(404, 'oidc_not_configured', 'OpenID Connect sign-in is not configured on this server.');
    return client;
  };

  /** Seals the pending sign-in into its cookie and answers the provider's authorize URL. */
  async function begin(req: FastifyRequest, reply: FastifyReply, p: Omit<PendingSignIn, 'state' | 'verifier' | 'nonce' | 'expires'>) {
    const pending: PendingSignIn = { ...p, state: randomToken(), verifier: randomToken(), nonce: randomToken(), expires: deps.now().getTime() + PENDING_MS };
    const url = await need().authorizeUrl({ redirectUri: redirectUri(req), ...pending });
    const secure = req.protocol === 'https' || !!deps.config.publicUrl?.startsWith('https:');
    // Lax: the provider's redirect back is a top-level GET, which carries it; nothing cross-site can post with it.
    reply.setCookie(OIDC_COOKIE, sealPending(deps.ipSalt, pending), { path: OIDC_PAGES, httpOnly: true, sameSite: 'lax', secure, maxAge: PENDING_MS / 1000 });
    return url;
  }

  // GET /oidc/start?purpose=reader&origin=… — the popup's first page: off to the provider.
  app.get<{ Querystring: Static<typeof StartQuery> }>(`${OIDC_PAGES}/start`, {
    schema: { querystring: StartQuery, hide: true },
  }, async (req, reply) => {
    need();
    const purpose = req.query.purpose ?? 'reader';
    const own = ownOrigin(deps.config.publicUrl, req);
    const origin = purpose === 'staff' ? own : req.query.origin ?? own;
    if (!(await originAllowed(deps, req, origin))) throw new AppError(400, 'origin_not_allowed', 'The page that opened the sign-in is not an allowed origin of this site.');
    return reply.redirect(await begin(req, reply, { purpose, origin }));
  });

  // POST /api/v1/auth/oidc/link — a signed-in staff member links a provider identity to their account (explicitly, never by email).
  app.post('/api/v1/auth/oidc/link', {
    schema: { tags: ['auth'], response: { 200: LinkStarted, ...errors(401, 403, 404) } },
  }, async (req, reply) => {
    need();
    const user = requireStaff(req, deps);
    return { url: await begin(req, reply, { purpose: 'link', origin: ownOrigin(deps.config.publicUrl, req), userId: user.id }) };
  });

  // GET /oidc/callback?code&state — the provider's answer; the page posts the result to the opener.
  app.get<{ Querystring: Static<typeof CallbackQuery> }>(`${OIDC_PAGES}/callback`, {
    schema: { querystring: CallbackQuery, hide: true },
  }, async (req, reply) => {
    const pending = openPending(deps.ipSalt, req.cookies?.[OIDC_COOKIE], deps.now());
    reply.clearCookie(OIDC_COOKIE, { path: OIDC_PAGES });
    // No pending sign-in or another one's state: nothing is posted anywhere (a forged callback learns nothing).
    if (!pending || !req.query.state || req.query.state !== pending.state) {
      return resultPage(reply, 400, null, { type: 'charcha-oidc', ok: false, code: 'oidc_state_mismatch', detail: 'this sign-in was not started here or has expired; start again.' });
    }
    try {
      if (req.query.error || !req.query.code) throw new AppError(401, 'oidc_denied', `the provider answered ${req.query.error ?? 'without a code'}.`);
      const claims = await need().exchange({ code: req.query.code, redirectUri: redirectUri(req), verifier: pending.verifier, nonce: pending.nonce });
      return resultPage(reply, 200, pending.origin, await finish(req, reply, pending, claims));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return resultPage(reply, err.status, pending.origin, { type: 'charcha-oidc', ok: false, code: err.code, detail: err.detail });
    }
  });

  async function finish(req: FastifyRequest, reply: FastifyReply, pending: PendingSignIn, claims: Awaited<ReturnType<NonNullable<typeof client>['exchange']>>): Promise<OidcResult> {
    const site = deps.siteId;
    if (pending.purpose === 'reader') {
      // The same linking rule as publisher SSO (actions/ssoLogin.ts): never merged silently, never into a staff account.
      const user = await ssoLogin(deps, claims);
      const { bearer, cookie } = await startSessions(deps, user, ['bearer', 'cookie'], 'oidc');
      setSessionCookies(req, reply, cookie, deps.config.publicUrl);
      return { type: 'charcha-oidc', ok: true, token: bearer.token, csrf: cookie.csrf, user: { id: user.id, displayName: user.displayName } };
    }
    const holder = await deps.store.findUserBySso(site, claims.subject);
    if (pending.purpose === 'link') {
      const user = pending.userId ? await deps.store.getUser(pending.userId) : undefined;
      if (!user || !isStaffUser(user)) throw new AppError(403, 'not_staff', 'Only a staff account links an OpenID identity here.');
      if (holder && holder.id !== user.id) throw new AppError(409, 'oidc_identity_taken', 'This identity already signs in to another account.');
      if (!holder) {
        const at = deps.now().toISOString();
        await deps.store.transaction(async (tx) => {
          await tx.linkSsoSubject(user.id, site, claims.subject, at);
          await tx.appendAudit({ at, actor: user.id, action: 'auth.oidc_link', targetType: 'user', targetId: user.id, reason: null, rule: null, data: { subject: claims.subject } });
        });
      }
      return { type: 'charcha-oidc', ok: true, linked: true };
    }
    // Staff: only an identity a staff member linked beforehand; an email match is never enough (staff accounts link nothing silently).
    if (!holder || !isStaffUser(holder)) throw new AppError(403, 'not_staff', 'This identity is not linked to a staff account of this site; sign in with a password and link it first.');
    // The dashboard's session is the httpOnly cookie (with its CSRF cookie), as after a password sign-in.
    const { bearer, cookie } = await startSessions(deps, holder, ['bearer', 'cookie'], 'oidc');
    setSessionCookies(req, reply, cookie, deps.config.publicUrl);
    return { type: 'charcha-oidc', ok: true, token: bearer.token, csrf: cookie.csrf, user: { id: holder.id, displayName: holder.displayName } };
  }
};

const isStaffUser = (u: User) => (STAFF_ROLES as readonly string[]).includes(u.role) && u.status === 'active';
