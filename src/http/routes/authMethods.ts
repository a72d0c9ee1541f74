// Which ways of signing in this site offers, so the widget and the dashboard show the right buttons.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { localAccountsAllowed } from '../../actions/localAccounts';
import { currentSite, type AppDeps } from '../deps';

export const AuthMethods = Type.Object({
  /** Publisher JWT SSO is configured (CHARCHA_SSO_SECRET or CHARCHA_SSO_JWKS). */
  sso: Type.Boolean(),
  /** OpenID Connect sign-in is configured (CHARCHA_OIDC_*). */
  oidc: Type.Boolean(),
  /** Readers may register and sign in with a Charcha email and password (site setting localAccounts). */
  localAccounts: Type.Boolean(),
});

export const authMethodRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get('/api/v1/auth/methods', { schema: { tags: ['auth'], response: { 200: AuthMethods } } }, async () => ({
    sso: !!deps.sso,
    oidc: !!(deps.config.oidcIssuer && deps.config.oidcClientId && deps.config.oidcClientSecret),
    localAccounts: localAccountsAllowed(await currentSite(deps)),
  }));
};
