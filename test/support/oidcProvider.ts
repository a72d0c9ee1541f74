// A real OpenID Connect provider (npm oidc-provider 8) on loopback for tests, and a cookie-keeping walk through its login.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login name (the provider's subject); add to it at any time. */
  accounts: Map<string, Account>;
  /** Registers the client's redirect URI (known only once Charcha listens). */
  allowRedirect(uri: string): void;
  close(): Promise<void>;
}

/** Listens first (the issuer needs its port), then builds the provider once Charcha's redirect URI is known. */
export async function startProvider(host = '127.0.0.1'): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, host, r));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Account>();
  const clientId = 'charcha-test';
  const clientSecret = 'a-client-secret-for-tests-only';
  let handler: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | null = null;
  server.on('request', (req, res) => (handler ? handler(req, res) : (res.statusCode = 503, res.end())));
  return {
    issuer, clientId, clientSecret, accounts,
    allowRedirect(uri) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [uri], grant_types: ['authorization_code'], response_types: ['code'] }],
        pkce: { required: () => true },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        findAccount: (_ctx, sub) => accounts.has(sub) ? { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) } : undefined,
        features: { devInteractions: { enabled: true } },
        // Set, so the provider does not print a notice per artifact; the dev keys and interactions are what a test wants.
        cookies: { keys: ['oidc-provider test cookie key'] },
        ttl: { Session: 3600, Grant: 3600, Interaction: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
      });
      provider.on('server_error', (_ctx, err) => console.error('oidc-provider', err));
      handler = provider.callback();
    },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** Cookies by name for one host, as a browser keeps them (paths ignored: the provider's names do not collide). */
class Jar {
  private cookies = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  take(url: URL, res: Response) {
    const host = this.cookies.get(url.host) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const expired = attrs.some((a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) host.delete(name);
      else host.set(name, pair.slice(i + 1).trim());
    }
    this.cookies.set(url.host, host);
  }
}

export interface Walk {
  /** The callback page's response (Charcha's HTML that posts to the opener). */
  status: number;
  html: string;
  /** Cookies Charcha set on the way (its session cookie after a reader sign-in). */
  charchaCookies: string;
}

/**
 * Follows redirects from `startUrl` like a browser, logging in as `login` on the provider's development forms and
 * consenting, until the answer is not a redirect. `seed` names Charcha's origin and the cookies it set before the
 * walk (a link request starts at the provider, with Charcha's pending-sign-in cookie already set).
 */
export async function walkSignIn(startUrl: string, login: string, seed?: { url: string; cookies: string[] }): Promise<Walk> {
  const jar = new Jar();
  if (seed) jar.take(new URL(seed.url), { headers: { getSetCookie: () => seed.cookies } } as unknown as Response);
  let url = new URL(startUrl);
  let method = 'GET';
  let body: string | undefined;
  const charcha = new URL(seed?.url ?? startUrl);
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method, redirect: 'manual', body,
      headers: { cookie: jar.header(url), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    jar.take(url, res);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    // The provider's development interaction: a login form, then a consent form, both posting to the same action.
    const action = html.match(/<form[^>]*action="([^"]+)"[^>]*method="post"/i)?.[1];
    if (url.host !== charcha.host && action) {
      const prompt = html.includes('name="login"') ? 'login' : 'consent';
      url = new URL(action.replace(/&amp;/g, '&'), url);
      method = 'POST';
      body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt }).toString();
      continue;
    }
    return { status: res.status, html, charchaCookies: jar.header(charcha) };
  }
  throw new Error('walkSignIn: too many redirects');
}

/** The object the callback page posts to its opener, and the target origin it names. */
export function postedResult(html: string): { result: any; origin: string } | null {
  const m = html.match(/o\.postMessage\((.*),("[^"]*")\);window\.close/);
  return m ? { result: JSON.parse(m[1]), origin: JSON.parse(m[2]) } : null;
}
