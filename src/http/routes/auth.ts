// Accounts: register, login, publisher SSO, logout and the current session (for the widget's CSRF value).
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { login } from '../../actions/login';
import { assertLocalAccount } from '../../actions/localAccounts';
import { commentConsentWithdrawn } from '../../actions/recordConsent';
import { registerUser } from '../../actions/registerUser';
import { ssoLogin } from '../../actions/ssoLogin';
import { startSessions } from '../../actions/startSession';
import { sendVerification } from '../../actions/accountEmail';
import { ownOrigin } from '../cors';
import { pageLang } from './accountPage';
import type { User } from '../../domain/types';
import { clearSessionCookies, setSessionCookies } from '../auth';
import { currentSite, type AppDeps } from '../deps';
import { AppError } from '../../domain/errors';
import { presentSessionUser } from '../present';
import { errors, Nullable, SessionUser, UserSummary } from '../schemas';

export const Register = Type.Object({
  email: Type.String({ format: 'email', maxLength: 254 }),
  // Length and strength are the password rule's (domain/passwordPolicy): 400 weak_password says why.
  password: Type.String({ maxLength: 200 }),
  // At least one visible character (not only spaces or zero-width joiners), and no control or bidi-override characters,
  // which would let a name be invisible or look like someone else's. ZWJ/ZWNJ stay allowed: Devanagari spelling uses them.
  displayName: Type.String({ minLength: 1, maxLength: 60, pattern: '^(?=.*[\\p{L}\\p{N}\\p{P}\\p{S}])[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*$' }),
});
export const Login = Type.Object({ email: Type.String({ maxLength: 254 }), password: Type.String({ maxLength: 200 }) });
const Sso = Type.Object({ token: Type.String({ minLength: 1, maxLength: 8192 }) });
export const SignedIn = Type.Object({ user: UserSummary, token: Type.String(), csrf: Type.String() });
export const SessionView = Type.Object({ user: Nullable(SessionUser), csrf: Nullable(Type.String()), policyVersion: Type.Integer(), policyAccepted: Type.Boolean() });
export const LoggedOut = Type.Object({ ok: Type.Boolean() });

/** A bearer token for API clients in the body, and the widget's cookie session with its CSRF value. */
async function signIn(deps: AppDeps, req: FastifyRequest, reply: FastifyReply, user: User, method: string) {
  const { bearer, cookie } = await startSessions(deps, user, ['bearer', 'cookie'], method);
  setSessionCookies(req, reply, cookie, deps.config.publicUrl);
  return { user: { id: user.id, displayName: user.displayName }, token: bearer.token, csrf: cookie.csrf as string };
}

export const authRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.post<{ Body: Static<typeof Register> }>('/api/v1/auth/register', {
    schema: { tags: ['auth'], body: Register, response: { 201: SignedIn, ...errors(400, 403, 409, 429) } },
  }, async (req, reply) => {
    assertLocalAccount(await currentSite(deps));
    // A browser page (the widget) sends an Origin; API clients usually do not.
    const user = await registerUser(deps, { ...req.body, channel: req.headers.origin ? 'widget' : 'api' });
    // Email verification (routes/account.ts): the link goes out with the sign-up; comments are held until it is opened.
    if (deps.config.emailVerification && user.email) {
      await sendVerification({ store: deps.store, now: deps.now, wakeMail: () => deps.mail?.wake() }, {
        user, email: user.email, base: ownOrigin(deps.config.publicUrl, req), lang: pageLang(req.headers['accept-language']),
      });
    }
    reply.code(201);
    return signIn(deps, req, reply, user, 'password');
  });

  app.post<{ Body: Static<typeof Login> }>('/api/v1/auth/login', {
    schema: { tags: ['auth'], body: Login, response: { 200: SignedIn, ...errors(400, 401, 403, 429) } },
  }, async (req, reply) => {
    const user = await login(deps, req.body);
    assertLocalAccount(await currentSite(deps), user);
    return signIn(deps, req, reply, user, 'password');
  });

  app.post<{ Body: Static<typeof Sso> }>('/api/v1/auth/sso', {
    schema: { tags: ['auth'], body: Sso, response: { 200: SignedIn, ...errors(400, 401, 404) } },
  }, async (req, reply) => {
    if (!deps.sso) throw new AppError(404, 'sso_not_configured', 'Publisher SSO is not configured on this server.');
    const user = await ssoLogin(deps, await deps.sso.verify(req.body.token));
    return signIn(deps, req, reply, user, 'sso');
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags: ['auth'], response: { 200: LoggedOut } },
  }, async (req, reply) => {
    // A sign-in opens a bearer and a cookie session; logging out of either ends both (sessions from before that link, alone).
    const s = req.authSession;
    if (s?.signIn) await deps.store.deleteSignIn(s.signIn);
    else if (s) await deps.store.deleteSession(s.tokenHash);
    clearSessionCookies(reply);
    return { ok: true };
  });

  app.get('/api/v1/auth/session', {
    schema: {
      tags: ['auth'],
      response: { 200: SessionView },
    },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const site = await currentSite(deps);
    const policy = await deps.store.getPolicy(site.id);
    const user = req.user;
    const accepted = !!(user && policy && (await deps.store.getAcceptance(user.id, policy.version)) && !(await commentConsentWithdrawn(deps.store, user.id)));
    return {
      user: user ? presentSessionUser(user) : null,
      csrf: req.authKind === 'cookie' ? req.authSession?.csrfToken ?? null : null,
      policyVersion: policy?.version ?? 0,
      policyAccepted: accepted || (!!user && !policy),
    };
  });
};

