// Composition root: picks the store, hub, moderator and limiter from Config, ensures the default site, starts HTTP.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ensureDefaultSite } from './actions/ensureDefaultSite';
import type { Config } from './config';
import { buildApp } from './http/app';
import type { AppDeps } from './http/deps';
import { memoryRateLimiter } from './http/rateLimit';
import { memoryLoginThrottle } from './http/rateLimitAccount';
import { ssoVerifier } from './http/sso';
import { loadModerator } from './loadModerator';
import type { Moderator } from './moderation/types';
import { memoryHub, type Hub } from './realtime/hub';
import { openStore } from './store/open';
import type { Store } from './store/store';

export interface Overrides {
  /** A store the caller owns (it is not closed by close()). */
  store?: Store;
  moderator?: Moderator;
  hub?: Hub;
  now?: () => Date;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  deps: AppDeps;
  /** Milliseconds from the call to listening. */
  startupMs: number;
  close(): Promise<void>;
}

/** The salt of stored IP hashes: CHARCHA_SECRET, or a random value generated once and kept in dataDir. */
export function ipSalt(config: Pick<Config, 'secret' | 'dataDir'>): string {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, 'secret');
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startServer(config: Readonly<Config>, overrides: Overrides = {}): Promise<RunningServer> {
  const started = performance.now();
  const now = overrides.now ?? (() => new Date());
  const store = overrides.store ?? (await openStore(config));
  const hub = overrides.hub ?? (config.redisUrl ? await (await import('./realtime/redis')).redisHub(config.redisUrl) : memoryHub());
  const origins = [
    ...config.origins,
    `http://localhost:${config.port}`,
    `http://127.0.0.1:${config.port}`,
    ...(config.publicUrl ? [new URL(config.publicUrl).origin] : []),
  ];
  const site = await ensureDefaultSite({ store, now }, origins);
  const deps: AppDeps = {
    config, store, hub, now, siteId: site.id,
    moderator: overrides.moderator ?? (await loadModerator()),
    // With Redis, every node draws from the same buckets; alone, in-process buckets suffice.
    limiter: config.redisUrl
      ? await (await import('./http/redisRateLimit')).redisRateLimiter(config.redisUrl, config.writeRateLimit)
      : memoryRateLimiter(config.writeRateLimit),
    loginThrottle: config.redisUrl
      ? await (await import('./http/redisRateLimitAccount')).redisLoginThrottle(config.redisUrl)
      : memoryLoginThrottle(() => now().getTime()),
    sso: ssoVerifier(config),
    ipSalt: ipSalt(config),
  };
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  let closing: Promise<void> | undefined;
  return {
    app, deps, url: `http://${host}:${port}`, startupMs: performance.now() - started,
    close: () =>
      (closing ??= (async () => {
        await app.close();
        if (!overrides.hub) await hub.close();
        await deps.limiter.close?.();
        await deps.loginThrottle.close?.();
        if (!overrides.store) await store.close();
      })()),
  };
}
