// Local accounts (issue 10): email verification, resending it, changing the address, and password reset, as API and as
// two small pages the mailed links open (plain HTML forms, no script, so they work in any mail client's browser).
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestEmailChange, resendVerification, verifyEmail } from '../../actions/accountEmail';
import { accountKey } from '../../actions/login';
import { confirmPasswordReset, requestPasswordReset } from '../../actions/passwordReset';
import { AppError, unauthorized } from '../../domain/errors';
import { MAIL_LANGS } from '../../mail/templates';
import type { User } from '../../domain/types';
import { ownOrigin } from '../cors';
import type { AppDeps } from '../deps';
import { errors } from '../schemas';
import { accountPage, pageLang, type PageLang } from './accountPage';

const Token = Type.String({ minLength: 1, maxLength: 200 });
const Lang = Type.Optional(Type.Union(MAIL_LANGS.map((l) => Type.Literal(l))));
export const ResetBody = Type.Object({ email: Type.String({ maxLength: 254 }), lang: Lang }, { additionalProperties: false });
export const ResetConfirmBody = Type.Object({ token: Token, password: Type.String({ maxLength: 200 }) }, { additionalProperties: false });
export const VerifyBody = Type.Object({ token: Token, lang: Lang }, { additionalProperties: false });
/** The resend takes no body (a button press); ?lang= picks the mail's language. */
export const ResendQuery = Type.Object({ lang: Lang });
export const EmailChangeBody = Type.Object({ email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }), lang: Lang }, { additionalProperties: false });
const Ok = Type.Object({ ok: Type.Boolean() });
const Verified = Type.Object({ ok: Type.Boolean(), email: Type.String() });
export const Pending = Type.Object({ ok: Type.Boolean(), pendingEmail: Type.String() });
const PageQuery = Type.Object({ token: Type.Optional(Type.String({ maxLength: 200 })) });

const langOf = (req: FastifyRequest, given?: string): string => given ?? pageLang(req.headers['accept-language']);

function signedIn(req: FastifyRequest): User {
  if (!req.user) throw unauthorized();
  return req.user;
}

function html(reply: FastifyReply, status: number, body: string) {
  // The token is in the URL: no referrer to other sites, no caching, no framing.
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  return body;
}

export async function accountRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const mailDeps = { store: deps.store, now: deps.now, wakeMail: () => deps.mail?.wake() };
  /** The new password also lifts a sign-in back-off that others' guesses put on the account. */
  const resetPassword = async (token: string, password: string) => {
    const { email } = await confirmPasswordReset(mailDeps, { token, password });
    await deps.loginThrottle.clear(accountKey(deps.siteId, email));
  };
  // The two pages post plain HTML forms; only this plugin's routes read them.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  // POST /api/v1/auth/password-reset {email} — 202 whether or not the address has an account.
  app.post<{ Body: Static<typeof ResetBody> }>('/api/v1/auth/password-reset', {
    schema: { tags: ['auth'], body: ResetBody, response: { 202: Ok, ...errors(400, 429) } },
  }, async (req, reply) => {
    await requestPasswordReset(deps, { siteId: deps.siteId, email: req.body.email, base: ownOrigin(deps.config.publicUrl, req), lang: langOf(req, req.body.lang) });
    reply.code(202);
    return { ok: true };
  });

  // POST /api/v1/auth/password-reset/confirm {token, password} — the new password; every session of the account ends.
  app.post<{ Body: Static<typeof ResetConfirmBody> }>('/api/v1/auth/password-reset/confirm', {
    schema: { tags: ['auth'], body: ResetConfirmBody, response: { 200: Ok, ...errors(400, 429) } },
  }, async (req) => {
    await resetPassword(req.body.token, req.body.password);
    return { ok: true };
  });

  // POST /api/v1/auth/verify-email {token} — proves the address (on a change, the new one becomes the account's).
  app.post<{ Body: Static<typeof VerifyBody> }>('/api/v1/auth/verify-email', {
    schema: { tags: ['auth'], body: VerifyBody, response: { 200: Verified, ...errors(400, 409, 429) } },
  }, async (req) => {
    const user = await verifyEmail(mailDeps, { token: req.body.token, lang: langOf(req, req.body.lang) });
    return { ok: true, email: user.email ?? '' };
  });

  // POST /api/v1/auth/verify-email/resend — a new link to the signed-in reader's address (one a minute, five a day).
  app.post<{ Querystring: Static<typeof ResendQuery> }>('/api/v1/auth/verify-email/resend', {
    schema: { tags: ['auth'], querystring: ResendQuery, response: { 202: Ok, ...errors(401, 409, 429) } },
  }, async (req, reply) => {
    await resendVerification(mailDeps, { user: signedIn(req), base: ownOrigin(deps.config.publicUrl, req), lang: langOf(req, req.query.lang) });
    reply.code(202);
    return { ok: true };
  });

  // POST /api/v1/me/email {email, password} — mails a link to the new address; the old one stays until it is opened.
  app.post<{ Body: Static<typeof EmailChangeBody> }>('/api/v1/me/email', {
    schema: { tags: ['me'], body: EmailChangeBody, response: { 202: Pending, ...errors(400, 401, 403, 409, 429) } },
  }, async (req, reply) => {
    const pendingEmail = await requestEmailChange(mailDeps, {
      user: signedIn(req), email: req.body.email, password: req.body.password, base: ownOrigin(deps.config.publicUrl, req), lang: langOf(req, req.body.lang),
    });
    reply.code(202);
    return { ok: true, pendingEmail };
  });

  // GET /account/verify-email?token= — a button, not an action: mail scanners that fetch links must not use the token.
  app.get<{ Querystring: Static<typeof PageQuery> }>('/account/verify-email', { schema: { querystring: PageQuery, hide: true } }, async (req, reply) =>
    html(reply, 200, accountPage(pageLang(req.headers['accept-language']), { kind: 'verify', token: req.query.token ?? '' })));

  app.post<{ Body: { token?: string } }>('/account/verify-email', { schema: { hide: true } }, async (req, reply) => {
    const lang: PageLang = pageLang(req.headers['accept-language']);
    try {
      await verifyEmail(mailDeps, { token: String(req.body?.token ?? ''), lang });
      return html(reply, 200, accountPage(lang, { kind: 'verified' }));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return html(reply, err.status, accountPage(lang, { kind: 'error', message: err.message }));
    }
  });

  // GET /account/reset-password?token= — the form for the new password.
  app.get<{ Querystring: Static<typeof PageQuery> }>('/account/reset-password', { schema: { querystring: PageQuery, hide: true } }, async (req, reply) =>
    html(reply, 200, accountPage(pageLang(req.headers['accept-language']), { kind: 'reset', token: req.query.token ?? '' })));

  app.post<{ Body: { token?: string; password?: string } }>('/account/reset-password', { schema: { hide: true } }, async (req, reply) => {
    const lang: PageLang = pageLang(req.headers['accept-language']);
    const token = String(req.body?.token ?? '');
    try {
      await resetPassword(token, String(req.body?.password ?? ''));
      return html(reply, 200, accountPage(lang, { kind: 'reset_done' }));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // A weak password: the form again, with the reason. A bad token: only the reason.
      const again = err.code === 'weak_password';
      return html(reply, err.status, accountPage(lang, again ? { kind: 'reset', token, message: err.message } : { kind: 'error', message: err.message }));
    }
  });
}
