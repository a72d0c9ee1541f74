// OpenID Connect client (authorization code + PKCE): discovery, the authorize URL, the code exchange and ID-token checks.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { AppError } from '../domain/errors';
import type { SsoClaims } from '../domain/types';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
}

export interface OidcClient {
  authorizeUrl(p: { redirectUri: string; state: string; nonce: string; verifier: string }): Promise<string>;
  /** Trades the code for tokens and returns the verified identity; every failure is a 401 oidc_failed. */
  exchange(p: { code: string; redirectUri: string; verifier: string; nonce: string }): Promise<SsoClaims>;
}

const ASYMMETRIC = ['RS256', 'PS256', 'ES256', 'ES384', 'RS384', 'RS512', 'EdDSA'];
const failed = (why: string, cause?: unknown) => new AppError(401, 'oidc_failed', `OpenID sign-in failed: ${why}`, { cause });

export const randomToken = () => randomBytes(32).toString('base64url');
export const pkceChallenge = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export function oidcClient(config: Pick<Config, 'oidcIssuer' | 'oidcClientId' | 'oidcClientSecret'>): OidcClient | null {
  const { oidcIssuer: issuer, oidcClientId: clientId, oidcClientSecret: secret } = config;
  if (!issuer || !clientId || !secret) return null;
  let discovered: Promise<{ doc: Discovery; keys: JWTVerifyGetKey }> | null = null;
  // Fetched on first use, not at start: the provider may be down when Charcha starts. A failure is retried next time.
  const discover = () => (discovered ??= (async () => {
    const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`discovery answered ${res.status}`);
    const doc = await res.json() as Discovery;
    // OIDC Discovery §4.3: the document must name the issuer it was fetched for, or its keys prove nothing.
    if (doc.issuer !== issuer) throw new Error(`discovery names issuer ${doc.issuer}, not ${issuer}`);
    return { doc, keys: createRemoteJWKSet(new URL(doc.jwks_uri)) };
  })().catch((err: unknown) => { discovered = null; throw failed('the provider could not be discovered', err); }));

  return {
    async authorizeUrl({ redirectUri, state, nonce, verifier }) {
      const { doc } = await discover();
      const url = new URL(doc.authorization_endpoint);
      url.search = new URLSearchParams({
        response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope: 'openid email profile',
        state, nonce, code_challenge: pkceChallenge(verifier), code_challenge_method: 'S256',
      }).toString();
      return url.toString();
    },

    async exchange({ code, redirectUri, verifier, nonce }) {
      const { doc, keys } = await discover();
      const res = await fetch(doc.token_endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded', accept: 'application/json',
          // client_secret_basic, the method every provider supports (RFC 6749 §2.3.1: form-encoded parts).
          authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier }),
      }).catch((err: unknown) => { throw failed('the token endpoint could not be reached', err); });
      const tokens = await res.json().catch(() => ({})) as { id_token?: string; access_token?: string; error?: string };
      if (!res.ok || !tokens.id_token) throw failed(`the token endpoint refused the code (${tokens.error ?? res.status})`);
      let claims: Record<string, unknown>;
      try {
        ({ payload: claims } = await jwtVerify(tokens.id_token, keys, { issuer: doc.issuer, audience: clientId, algorithms: ASYMMETRIC, requiredClaims: ['exp', 'sub'] }));
      } catch (err) {
        throw failed(`the ID token was refused: ${(err as Error).message}`, err);
      }
      if (claims.nonce !== nonce) throw failed('the ID token is not the answer to this sign-in (nonce)');
      // Providers that follow the spec strictly put email and name in userinfo only.
      if ((claims.email === undefined || claims.name === undefined) && doc.userinfo_endpoint && tokens.access_token) {
        const info: Record<string, unknown> = await fetch(doc.userinfo_endpoint, { headers: { authorization: `Bearer ${tokens.access_token}`, accept: 'application/json' } })
          .then((r) => (r.ok ? r.json() as Promise<Record<string, unknown>> : {})).catch(() => ({}));
        // OIDC Core §5.3.2: userinfo about another subject must not be used.
        if (info.sub === claims.sub) claims = { ...info, ...claims, email: claims.email ?? info.email, email_verified: claims.email_verified ?? info.email_verified, name: claims.name ?? info.name };
      }
      return {
        subject: `${doc.issuer}|${String(claims.sub)}`,
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : null,
      };
    },
  };
}

/** The sign-in in progress, kept in a signed HttpOnly cookie between the start and the callback (no server state). */
export interface PendingSignIn {
  state: string;
  verifier: string;
  nonce: string;
  purpose: 'reader' | 'staff' | 'link';
  /** The window origin the result is posted to. */
  origin: string;
  /** For link: the signed-in staff member the new identity is linked to. */
  userId?: string;
  /** Epoch ms after which the cookie is refused. */
  expires: number;
}

const mac = (key: string, body: string) => createHmac('sha256', createHmac('sha256', key).update('charcha-oidc-state').digest()).update(body).digest('base64url');

export function sealPending(key: string, p: PendingSignIn): string {
  const body = Buffer.from(JSON.stringify(p)).toString('base64url');
  return `${body}.${mac(key, body)}`;
}

export function openPending(key: string, value: string | undefined, now: Date): PendingSignIn | null {
  const [body, sig] = (value ?? '').split('.');
  if (!body || !sig) return null;
  const want = Buffer.from(mac(key, body));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PendingSignIn;
    return p.expires > now.getTime() ? p : null;
  } catch {
    return null;
  }
}
