// Reads the environment once into a frozen, typed Config. The only module that reads process.env.
import path from 'node:path';
import { DEFAULT_CLOCKS, type ClockSettings } from './compliance/clocks';
import type { GrievanceOfficer } from './domain/grievance';
import { ORDER_CLOCK_DEFAULTS } from './compliance/orders';

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
  /**
   * HMAC key of the publisher's story signatures (data-charcha-story-sig). Its own secret, not the SSO one: the
   * CMS templates that sign stories should not hold the key that mints sign-ins. Unset: signatures are refused.
   */
  storySecret: string | null;
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
  /** Milliseconds a client has to send a whole request (headers and body); then 408 and the connection is closed. 0: Node's defaults. */
  requestTimeoutMs: number;
  /** Ed25519 private key that signs audit checkpoints, PEM or base64 (PKCS#8 DER or the 32-byte seed); never stored in the database. */
  auditKey: string | null;
  /** Key file used when auditKey is unset (generated on first start); null: charcha-audit.key beside, not in, dataDir. */
  auditKeyFile: string | null;
  /** Append-only JSON Lines file of signed checkpoints; null: audit-checkpoints.jsonl in dataDir. */
  auditCheckpointFile: string | null;
  /** A checkpoint after this many new entries, or after this many seconds when there is any new entry. */
  auditCheckpointEvery: number;
  auditCheckpointSeconds: number;
  /** Fingerprints ("SHA256:…") of earlier signing keys whose checkpoints verify still trusts after a rotation. */
  auditPreviousKeys: string[];
  /** SMTP server the mail outbox sends through (smtp://host:port, smtps://user:pass@host:465); unset: mail stays queued. */
  smtpUrl: string | null;
  /** From address of outgoing mail. */
  mailFrom: string;
  /** The grievance desk's clocks in hours (CHARCHA_CLOCK_*; defaults compliance.md §2.5, see compliance/clocks.ts). */
  clocks: Readonly<ClockSettings>;
  /**
   * The grievance officer set on the site at start when it has none yet (CHARCHA_GRIEVANCE_OFFICER_*: name, address and
   * an email or phone); null: an admin sets it in the settings, and comments stay closed until then.
   */
  grievanceOfficer: GrievanceOfficer | null;
  /** Clock of a Rule 3(1)(d) court or government takedown order, in hours from receipt (default 3, compliance.md §2.5). */
  orderClockHours: number;
  /** Clock of a Rule 3(1)(j) law-enforcement information request, in hours from receipt (default 72). */
  infoRequestClockHours: number;
  /** Days removed content's evidence is kept before the purge job deletes it (unless held); Rule 3(1)(g): 180. */
  evidenceRetentionDays: number;
  /** Webhook POSTs per delivery before it is `dead` (back-off 30 s doubling, capped at 6 h). */
  webhookAttempts: number;
  /**
   * Local accounts must prove their email (CHARCHA_EMAIL_VERIFICATION=on|off): a link is mailed at sign-up and, until it
   * is opened, the reader's comments are held (or refused: site setting unverifiedComments). Default: on when
   * CHARCHA_SMTP_URL is set, since a server that cannot send mail cannot ask anyone to prove an address.
   */
  emailVerification: boolean;
  /** OpenID Connect sign-in (authorization code + PKCE): the provider's issuer URL (discovery), and this client's id and secret. */
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecret: string | null;
}

/** Where the audit signing key file lives: outside the data dir, so a copy of the data is not a copy of the key. */
export const auditKeyPath = (c: Pick<Config, 'auditKeyFile' | 'dataDir'>) => c.auditKeyFile ?? path.join(path.dirname(c.dataDir), 'charcha-audit.key');
export const auditCheckpointPath = (c: Pick<Config, 'auditCheckpointFile' | 'dataDir'>) => c.auditCheckpointFile ?? path.join(c.dataDir, 'audit-checkpoints.jsonl');

/** A clock length in hours: a positive number, else the default (a zero or negative clock would breach at once). */
const hours = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);

function officerFrom(env: NodeJS.ProcessEnv): GrievanceOfficer | null {
  const name = env.CHARCHA_GRIEVANCE_OFFICER_NAME?.trim();
  const address = env.CHARCHA_GRIEVANCE_OFFICER_ADDRESS?.trim();
  const email = env.CHARCHA_GRIEVANCE_OFFICER_EMAIL?.trim() || null;
  const phone = env.CHARCHA_GRIEVANCE_OFFICER_PHONE?.trim() || null;
  return name && address && (email || phone) ? { name, address, email, phone } : null;
}

function oidcFrom(env: NodeJS.ProcessEnv): Pick<Config, 'oidcIssuer' | 'oidcClientId' | 'oidcClientSecret'> {
  const issuer = env.CHARCHA_OIDC_ISSUER?.trim() || null;
  const id = env.CHARCHA_OIDC_CLIENT_ID?.trim() || null;
  const secret = env.CHARCHA_OIDC_CLIENT_SECRET || null;
  return issuer && id && secret ? { oidcIssuer: issuer, oidcClientId: id, oidcClientSecret: secret } : { oidcIssuer: null, oidcClientId: null, oidcClientSecret: null };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const positive = (n: number, d: number) => (n > 0 ? n : d);
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
    storySecret: env.CHARCHA_STORY_SECRET || null,
    origins: (env.CHARCHA_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    writeRateLimit: num(env.CHARCHA_WRITE_RATE_LIMIT, 30),
    logLevel: env.LOG_LEVEL ?? 'warn',
    trustProxy: env.CHARCHA_TRUST_PROXY || null,
    adminEmail: env.CHARCHA_ADMIN_EMAIL || null,
    adminPassword: env.CHARCHA_ADMIN_PASSWORD || null,
    requestTimeoutMs: num(env.CHARCHA_REQUEST_TIMEOUT_MS, 15_000),
    auditKey: env.CHARCHA_AUDIT_KEY || null,
    auditKeyFile: env.CHARCHA_AUDIT_KEY_FILE ? path.resolve(env.CHARCHA_AUDIT_KEY_FILE) : null,
    auditCheckpointFile: env.CHARCHA_AUDIT_CHECKPOINTS ? path.resolve(env.CHARCHA_AUDIT_CHECKPOINTS) : null,
    auditCheckpointEvery: Math.max(1, num(env.CHARCHA_AUDIT_CHECKPOINT_EVERY, 100)),
    auditCheckpointSeconds: Math.max(1, num(env.CHARCHA_AUDIT_CHECKPOINT_SECONDS, 60)),
    auditPreviousKeys: (env.CHARCHA_AUDIT_PREVIOUS_KEYS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    smtpUrl: env.CHARCHA_SMTP_URL || null,
    mailFrom: env.CHARCHA_MAIL_FROM || 'Charcha <noreply@localhost>',
    clocks: Object.freeze({
      acknowledgeHours: hours(env.CHARCHA_CLOCK_ACK_HOURS, DEFAULT_CLOCKS.acknowledgeHours),
      disposeHours: hours(env.CHARCHA_CLOCK_DISPOSE_HOURS, DEFAULT_CLOCKS.disposeHours),
      unlawfulContentHours: hours(env.CHARCHA_CLOCK_UNLAWFUL_HOURS, DEFAULT_CLOCKS.unlawfulContentHours),
      intimateImageryHours: hours(env.CHARCHA_CLOCK_NCII_HOURS, DEFAULT_CLOCKS.intimateImageryHours),
      courtOrderHours: hours(env.CHARCHA_CLOCK_ORDER_HOURS, DEFAULT_CLOCKS.courtOrderHours),
      lawEnforcementHours: hours(env.CHARCHA_CLOCK_LAW_ENFORCEMENT_HOURS, DEFAULT_CLOCKS.lawEnforcementHours),
      codeOfEthicsHours: hours(env.CHARCHA_CLOCK_ETHICS_HOURS, DEFAULT_CLOCKS.codeOfEthicsHours),
    }),
    grievanceOfficer: officerFrom(env),
    // The same variables as the grievance desk's clocks (one setting per statutory clock). A zero or negative clock
    // would breach at receipt: anything but a positive number keeps the default.
    orderClockHours: positive(num(env.CHARCHA_CLOCK_ORDER_HOURS, 0), ORDER_CLOCK_DEFAULTS.takedownHours),
    infoRequestClockHours: positive(num(env.CHARCHA_CLOCK_LAW_ENFORCEMENT_HOURS, 0), ORDER_CLOCK_DEFAULTS.informationHours),
    // Below the statutory 180 days only on purpose: the floor is the law's, the setting allows a longer period.
    evidenceRetentionDays: Math.max(1, num(env.CHARCHA_EVIDENCE_RETENTION_DAYS, 180)),
    webhookAttempts: Math.max(1, num(env.CHARCHA_WEBHOOK_ATTEMPTS, 12)),
    emailVerification: env.CHARCHA_EMAIL_VERIFICATION ? /^(on|true|1|yes)$/i.test(env.CHARCHA_EMAIL_VERIFICATION.trim()) : !!env.CHARCHA_SMTP_URL,
    // All three or none: a half-configured provider would show a sign-in button that can only fail.
    ...oidcFrom(env),
  });
}
