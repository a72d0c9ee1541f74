// Reads the environment once into a frozen, typed Config. The only module that reads process.env.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Directory of the SQLite file and other local state. */
  dataDir: string;
  /** When set, PostgreSQL is used instead of SQLite. */
  databaseUrl: string | null;
  /** When set, Redis carries live events between nodes. */
  redisUrl: string | null;
  /** Public base URL of this server (used in the demo page and embed snippet). */
  publicUrl: string | null;
  /** Secret for salted IP hashes; generated and stored in dataDir when unset. */
  secret: string | null;
  /** Publisher SSO: HS256 shared secret, or a JWKS URL / file for RS256. */
  ssoSecret: string | null;
  ssoJwks: string | null;
  ssoIssuer: string | null;
  /** Comma-separated extra embed origins for the default site. */
  origins: string[];
  /** Requests per minute per client for writes. */
  writeRateLimit: number;
  logLevel: string;
  /** Behind a reverse proxy: "true" (any), or comma-separated proxy IPs/CIDRs whose X-Forwarded-* headers are believed. */
  trustProxy: string | null;
  /** First admin account, created on first start when no admin exists (demo: admin@charcha.local, random password printed). */
  adminEmail: string | null;
  adminPassword: string | null;
  /** SMTP server the mail outbox sends through (smtp://host:port, smtps://user:pass@host:465); unset: mail stays queued. */
  smtpUrl: string | null;
  /** From address of outgoing mail. */
  mailFrom: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);
  return Object.freeze({
    port: num(env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.CHARCHA_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    publicUrl: env.CHARCHA_PUBLIC_URL || null,
    secret: env.CHARCHA_SECRET || null,
    ssoSecret: env.CHARCHA_SSO_SECRET || null,
    ssoJwks: env.CHARCHA_SSO_JWKS || null,
    ssoIssuer: env.CHARCHA_SSO_ISSUER || null,
    origins: (env.CHARCHA_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    writeRateLimit: num(env.CHARCHA_WRITE_RATE_LIMIT, 30),
    logLevel: env.LOG_LEVEL ?? 'warn',
    trustProxy: env.CHARCHA_TRUST_PROXY || null,
    adminEmail: env.CHARCHA_ADMIN_EMAIL || null,
    adminPassword: env.CHARCHA_ADMIN_PASSWORD || null,
    smtpUrl: env.CHARCHA_SMTP_URL || null,
    mailFrom: env.CHARCHA_MAIL_FROM || 'Charcha <noreply@localhost>',
  });
}
