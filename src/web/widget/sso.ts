// Publisher sign-in for the widget: the SSO token, a session kept on the host page, the Charcha JS API and the OIDC popup.
import type { Static } from '@sinclair/typebox';
import type { SignedIn } from '../../http/routes/auth';
import type { AuthMethods } from '../../http/routes/authMethods';
import type { OidcResult } from '../../http/routes/oidc';
import { ApiError, type Api, type Author } from './api';

export type Methods = Static<typeof AuthMethods>;

/** What is kept in the host page's localStorage per Charcha server: the bearer session and which SSO token made it. */
export interface SavedSession {
  /** The bearer token (cross-site embeds only; on Charcha's own origin the cookie is the session). */
  token: string | null;
  /** Fingerprint of the publisher token the session came from; null for an OIDC sign-in. */
  from: string | null;
}

/** A first-party key on the publisher's page, one per Charcha server. */
export const storageKey = (base: string) => `charcha.session:${base}`;

const TIMING_CLAIMS = new Set(['iat', 'exp', 'nbf', 'jti']);

/**
 * Who a publisher token says is signed in, as a short hash: its claims (unverified: the server verifies) without the
 * timing ones. Publishers mint a fresh token per page view; the same reader with the same profile keeps the session,
 * another reader or a changed name or email is a new sign-in. FNV-1a: the claims themselves are not kept.
 */
export function fingerprint(token: string): string {
  let text = token;
  try {
    const part = token.split('.')[1] ?? '';
    const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    text = JSON.stringify(Object.keys(claims).filter((k) => !TIMING_CLAIMS.has(k)).sort().map((k) => [k, claims[k]]));
  } catch { /* not a JWT the page can read: the token itself */ }
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + ':' + text.length.toString(36);
}

// Storage can be missing or refused (private modes, sandboxed frames): the widget then keeps the session for the page only.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadSession(base: string): SavedSession | null {
  try {
    const v = JSON.parse(storage()?.getItem(storageKey(base)) ?? 'null') as SavedSession | null;
    return v && typeof v === 'object' && (typeof v.token === 'string' || v.token === null) ? v : null;
  } catch {
    return null;
  }
}

export function saveSession(base: string, s: SavedSession): void {
  try { storage()?.setItem(storageKey(base), JSON.stringify(s)); } catch { /* full or refused: page-only session */ }
}

export function forgetSession(base: string): void {
  try { storage()?.removeItem(storageKey(base)); } catch { /* nothing kept */ }
}

/** Trades the publisher's JWT for a Charcha session (POST /api/v1/auth/sso) and keeps it on the host page. */
export async function exchangeToken(api: Api, token: string): Promise<Author> {
  const r = await api.call<Static<typeof SignedIn>>('POST', '/api/v1/auth/sso', { token });
  saveSession(api.base, { token: api.crossSite ? r.token : null, from: fingerprint(token) });
  return r.user;
}

/**
 * Before the widget first reads its session. `ssoToken` is the embed's data-charcha-sso-token: undefined when the tag
 * has none (keep any session from an earlier page), '' when the publisher says nobody is signed in (end it), or a JWT
 * (reuse the session made from this very token, else exchange it: a new or refreshed token is a new sign-in).
 */
export async function restoreSession(api: Api, ssoToken: string | undefined): Promise<void> {
  const saved = loadSession(api.base);
  if (ssoToken === '') {
    if (saved) await endSession(api);
    return;
  }
  if (saved) {
    if (api.crossSite) api.token = saved.token;
    const fromThisToken = ssoToken === undefined || saved.from === fingerprint(ssoToken);
    // Still good (on Charcha's own origin the cookie answers): nothing to do. Expired or ended elsewhere: forget it.
    if (fromThisToken && (await api.session()).user) return;
    // Another publisher user now, or a refreshed token: the old sign-in ends before the new one starts.
    if (!fromThisToken) await endSession(api);
    api.token = null;
    forgetSession(api.base);
  }
  if (ssoToken) await exchangeToken(api, ssoToken).catch((e: unknown) => {
    // A stale or refused token leaves the reader signed out, not the widget broken.
    if (!(e instanceof ApiError && (e.status === 401 || e.status === 404))) throw e;
    forgetSession(api.base);
  });
}

/** Signs out on the server (both sessions of the sign-in) and forgets the session kept on the page. */
export async function endSession(api: Api): Promise<void> {
  if (api.crossSite && !api.token) api.token = loadSession(api.base)?.token ?? null;
  // A cookie sign-out needs the CSRF value, which the session endpoint gives.
  if (!api.crossSite && !api.csrf) await api.session().catch(() => undefined);
  if (!api.crossSite || api.token) await api.logout().catch(() => undefined);
  api.token = api.csrf = null;
  forgetSession(api.base);
}

/** One mounted widget, as the page-wide Charcha API drives it. */
export interface Instance {
  login(token: string): Promise<void>;
  logout(): Promise<void>;
}

/** `window.Charcha`: set onLoginRequest before or after the embed loads; login/logout act on every widget of the page. */
export interface CharchaApi {
  login(token: string): Promise<void>;
  logout(): Promise<void>;
  onLoginRequest: (() => void) | null;
}

const instances = new Set<Instance>();

export function charchaApi(): CharchaApi {
  const w = window as unknown as { Charcha?: Partial<CharchaApi> };
  const g = (w.Charcha ??= {});
  g.login = async (token: string) => { await Promise.all([...instances].map((i) => i.login(token))); };
  g.logout = async () => { await Promise.all([...instances].map((i) => i.logout())); };
  if (typeof g.onLoginRequest !== 'function') g.onLoginRequest = null;
  return g as CharchaApi;
}

export function bindInstance(i: Instance): () => void {
  charchaApi();
  instances.add(i);
  return () => instances.delete(i);
}

/** The publisher's hook, read when needed (a page may set it after the embed loaded). */
export function loginRequestHook(): (() => void) | null {
  const g = (window as unknown as { Charcha?: Partial<CharchaApi> }).Charcha;
  return typeof g?.onLoginRequest === 'function' ? g.onLoginRequest : null;
}

export type OidcSignedIn = Extract<OidcResult, { ok: true }>;

/**
 * OIDC in a popup on Charcha's origin; the result is accepted only from that origin and from that very window
 * (any other page can post messages to this one). Rejects with an ApiError when refused, closed or blocked.
 */
export function oidcPopup(api: Api): Promise<Author> {
  const url = `${api.base}/oidc/start?purpose=reader&origin=${encodeURIComponent(location.origin)}`;
  const popup = window.open(url, 'charcha-oidc', 'popup,width=520,height=680');
  if (!popup) return Promise.reject(new ApiError(0, 'popup_blocked', 'Allow pop-ups for this site to sign in.'));
  return new Promise((resolve, reject) => {
    const done = () => { window.removeEventListener('message', onMessage); clearInterval(watch); };
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== api.base || e.source !== popup) return;
      const r = e.data as OidcResult | null;
      if (r?.type !== 'charcha-oidc') return;
      done();
      if (!r.ok) return reject(new ApiError(401, r.code, r.detail));
      if (!r.user || !r.token) return reject(new ApiError(401, 'oidc_failed', 'The sign-in answered without a session.'));
      if (api.crossSite) api.token = r.token;
      if (r.csrf) api.csrf = r.csrf;
      saveSession(api.base, { token: api.crossSite ? r.token : null, from: null });
      resolve(r.user);
    };
    // Closed without an answer: the reader changed their mind.
    const watch = setInterval(() => { if (popup.closed) { done(); reject(new ApiError(0, 'cancelled', '')); } }, 500);
    window.addEventListener('message', onMessage);
  });
}

/** The sign-in choices of this server, fetched once per widget. */
export const signInMethods = (api: Api) => api.call<Methods>('GET', '/api/v1/auth/methods');
