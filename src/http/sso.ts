// Publisher SSO: verifies a signed JWT (HS256 shared secret, or RS256 against a JWKS URL, file or inline JSON).
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../domain/errors';
import type { SsoClaims } from '../domain/types';

export type { SsoClaims } from '../domain/types';

export interface SsoVerifier {
  verify(token: string): Promise<SsoClaims>;
}

export interface SsoOptions {
  ssoSecret: string | null;
  ssoJwks: string | null;
  ssoIssuer: string | null;
}

function jwksKey(jwks: string): JWTVerifyGetKey {
  const text = jwks.trim();
  if (/^https?:\/\//.test(text)) return createRemoteJWKSet(new URL(text));
  // Inline JSON when it looks like JSON, otherwise a local file path.
  return createLocalJWKSet(JSON.parse(text.startsWith('{') ? text : readFileSync(text, 'utf8')));
}

export function ssoVerifier(opts: SsoOptions): SsoVerifier | null {
  if (!opts.ssoSecret && !opts.ssoJwks) return null;
  const secret = opts.ssoSecret ? new TextEncoder().encode(opts.ssoSecret) : null;
  const jwks = opts.ssoJwks ? jwksKey(opts.ssoJwks) : null;
  return {
    async verify(token) {
      const header = token.split('.')[0] ?? '';
      let alg: unknown;
      try {
        alg = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg;
      } catch {
        throw new AppError(401, 'invalid_token', 'The SSO token is not a JWT.');
      }
      // An expiry is required: a leaked token without one would sign its user in for ever.
      const verifyOpts = { requiredClaims: ['exp'], ...(opts.ssoIssuer ? { issuer: opts.ssoIssuer } : {}) };
      try {
        // The algorithm is pinned per key kind, so an RS256 key can never be used as an HMAC secret.
        const { payload } = alg === 'HS256' && secret
          ? await jwtVerify(token, secret, { ...verifyOpts, algorithms: ['HS256'] })
          : jwks
            ? await jwtVerify(token, jwks, { ...verifyOpts, algorithms: ['RS256'] })
            : await Promise.reject(new Error(`algorithm ${String(alg)} is not accepted`));
        if (typeof payload.sub !== 'string' || !payload.sub) throw new Error('the token has no sub claim');
        return {
          subject: `${payload.iss ?? 'sso'}|${payload.sub}`,
          email: typeof payload.email === 'string' ? payload.email : null,
          // Only a literal true: "true", 1 or a missing claim do not make an address verified (OIDC's boolean claim).
          emailVerified: payload.email_verified === true,
          name: typeof payload.name === 'string' ? payload.name : null,
        };
      } catch (err) {
        throw new AppError(401, 'invalid_token', `The SSO token was refused: ${(err as Error).message}`, { cause: err });
      }
    },
  };
}
