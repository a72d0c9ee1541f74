// What every route plugin receives as options: the composed services of one running server.
import type { LoginThrottle } from '../actions/login';
import type { PublicKeyInfo, SignedCheckpoint } from '../compliance/checkpoint';
import type { IpHasher } from '../actions/ipHasher';
import type { Config } from '../config';
import type { Site } from '../domain/types';
import type { Clock } from '../jobs/clock';
import type { Queue } from '../jobs/queue';
import type { MailSender } from '../mail/sender';
import type { WebhookSender } from '../webhooks/sender';
import type { Moderator } from '../moderation/types';
import type { Hub } from '../realtime/hub';
import type { Store } from '../store/store';
import type { RateLimiter } from './rateLimit';
import type { SsoVerifier } from './sso';

export interface AppDeps {
  config: Readonly<Config>;
  store: Store;
  moderator: Moderator;
  hub: Hub;
  limiter: RateLimiter;
  /** Sign-in attempts per account (any IP), with back-off; in Redis when REDIS_URL is set. */
  loginThrottle: LoginThrottle;
  /** Verifies publisher SSO tokens; null when neither CHARCHA_SSO_SECRET nor CHARCHA_SSO_JWKS is set. */
  sso: SsoVerifier | null;
  /** The default site's id; its row is re-read per request so admin changes apply at once. */
  siteId: string;
  /** Salt of the stored client-IP hashes. */
  ipSalt: string;
  /** Hashes client IPs under the current month's rotating salt (src/compliance/ipSalts.ts). */
  ipHasher: IpHasher;
  now: () => Date;
  /** now() plus timers, for background work. */
  clock: Clock;
  /** Background jobs: the store scheduler, or BullMQ when REDIS_URL is set. */
  queue: Queue;
  /** Drains the mail outbox; null without CHARCHA_SMTP_URL (mail then stays queued). wake() it after queueing mail. */
  mail: MailSender | null;
  /** Drains the webhook outbox (every node); wake() it after a commit that queued deliveries, e.g. a test event. */
  webhooks?: WebhookSender;
  /** The audit chain's anchor outside the database: the newest signed checkpoint and the key that verifies it. */
  audit?: AuditAnchor;
}

export interface AuditAnchor {
  latest(): SignedCheckpoint | undefined;
  publicKey: PublicKeyInfo;
  /** Fingerprints verify accepts: this key and rotated-out ones. */
  trusted: string[];
  checkpointFile: string;
  /** Signs the chain head into the checkpoint file now (an evidence bundle anchors its own export entry). */
  checkpointNow?: () => Promise<unknown>;
}

export async function currentSite(deps: Pick<AppDeps, 'store' | 'siteId'>): Promise<Site> {
  const site = await deps.store.getSite(deps.siteId);
  if (!site) throw new Error(`default site ${deps.siteId} is missing`);
  return site;
}
