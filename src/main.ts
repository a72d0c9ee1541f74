// Composition root: picks the store, hub, moderator, limiter, job queue and mail sender from Config, ensures the default site, starts HTTP.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { checkpointAudit, startCheckpointer } from './actions/checkpointAudit';
import { ensureDefaultSite } from './actions/ensureDefaultSite';
import { DROP_IP_SALTS_JOB, ipHasher, saltDropJob } from './actions/ipHasher';
import { purgeJobs } from './actions/purgeClosedAccount';
import { escalateGrievance } from './actions/escalateGrievance';
import { resumeEscalations } from './actions/fileGrievance';
import { ESCALATION_JOB, type EscalationPayload } from './actions/grievanceDeps';
import { escalateOrder } from './actions/escalateOrder';
import { ORDER_ESCALATION_JOB } from './actions/orderDeps';
import { publicKeyInfo } from './compliance/checkpoint';
import { auditCheckpointPath, auditKeyPath, type Config } from './config';
import { buildApp } from './http/app';
import type { AppDeps } from './http/deps';
import { memoryRateLimiter } from './http/rateLimit';
import { memoryLoginThrottle } from './http/rateLimitAccount';
import { ssoVerifier } from './http/sso';
import { systemClock, type Clock } from './jobs/clock';
import type { WorkLog } from './jobs/log';
import type { JobHandler, Queue } from './jobs/queue';
import { registerEvidencePurge, scheduleEvidencePurge } from './jobs/evidencePurge';
import { registerModeratorDigest, scheduleModeratorDigest } from './jobs/moderatorDigest';
import { notifyLinks } from './http/routes/notifications';
import { storeQueue } from './jobs/storeQueue';
import { loadModerator } from './loadModerator';
import { mailSender } from './mail/sender';
import { smtpTransport } from './mail/transport';
import { WEBHOOK_RETRY, webhookSender } from './webhooks/sender';
import type { Moderator } from './moderation/types';
import { memoryHub, type Hub } from './realtime/hub';
import { checkpointLog, loadAuditKey } from './store/auditAnchor';
import { openStore } from './store/open';
import type { Store } from './store/store';
import { PASSWORD_RESET_JOB, sendPasswordReset, type ResetRequest } from './actions/passwordReset';

export interface Overrides {
  /** A store the caller owns (it is not closed by close()). */
  store?: Store;
  moderator?: Moderator;
  hub?: Hub;
  now?: () => Date;
  /** Background work's clock; by default real timers around `now`. */
  clock?: Clock;
  /** A queue the caller owns (it is not closed by close()); by default one is picked from Config. */
  queue?: Queue;
  /** Extra job handlers, registered before the queue starts. */
  jobs?: Record<string, JobHandler>;
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

/** The checkpoint signing key: CHARCHA_AUDIT_KEY, or a key file outside the data dir, generated (and announced) on first start. */
function auditKey(config: Readonly<Config>) {
  const file = auditKeyPath(config);
  const k = loadAuditKey({ inline: config.auditKey, file, generate: true })!;
  if (k.generated) process.stderr.write(`charcha: generated the audit signing key at ${file}; in production keep it elsewhere (CHARCHA_AUDIT_KEY or CHARCHA_AUDIT_KEY_FILE)\n`);
  return k.key;
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
  const site = await ensureDefaultSite({ store, now }, origins, config.grievanceOfficer);
  const key = auditKey(config);
  const log = checkpointLog(auditCheckpointPath(config));
  const publicKey = publicKeyInfo(key);
  const clock = overrides.clock ?? systemClock(now);
  // Background work logs through the server's logger, which exists once the app is built.
  const built: { app?: FastifyInstance } = {};
  const workLog: WorkLog = { warn: (o, m) => built.app?.log.warn(o, m), error: (o, m) => built.app?.log.error(o, m) };
  const queue: Queue = overrides.queue ?? (config.redisUrl
    ? (await import('./jobs/bullQueue')).bullQueue({ redisUrl: config.redisUrl, clock, log: workLog })
    : storeQueue({ store, clock, log: workLog }));
  const mail = config.smtpUrl
    ? mailSender({ store, clock, transport: smtpTransport(config.smtpUrl), from: config.mailFrom, log: workLog })
    : null;
  registerEvidencePurge(queue, { store, clock });
  // Legal-order escalations (50%, 80%, deadline); registered on every node, as BullMQ requires.
  queue.register(ORDER_ESCALATION_JOB, async (p) => {
    await escalateOrder({ store, now: clock.now.bind(clock), wakeMail: () => mail?.wake(), publicUrl: config.publicUrl }, p);
  });
  const hasher = ipHasher({ store, now });
  queue.register(DROP_IP_SALTS_JOB, saltDropJob(hasher, queue, () => clock.now()));
  // Readers' data rights: the 48-hour warning and the purge of a closed account's sealed data.
  for (const [name, handler] of Object.entries(purgeJobs({ store, now: () => clock.now(), wakeMail: () => mail?.wake() }))) queue.register(name, handler);
  // Password reset: the look-up and the mail run here, so the request answers alike for known and unknown addresses.
  queue.register(PASSWORD_RESET_JOB, async (p: ResetRequest) => { await sendPasswordReset({ store, now: () => clock.now(), wakeMail: () => mail?.wake() }, p); });
  for (const [name, handler] of Object.entries(overrides.jobs ?? {})) queue.register(name, handler);
  const webhooks = webhookSender({ store, clock, log: workLog }, { retry: { ...WEBHOOK_RETRY, attempts: config.webhookAttempts } });
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
    ipHasher: hasher,
    audit: { latest: log.latest, publicKey, trusted: [publicKey.fingerprint, ...config.auditPreviousKeys], checkpointFile: log.file, checkpointNow: () => checkpointAudit({ store, key, now, log }) },
    clock, queue, mail, webhooks,
  };
  // The grievance desk's clocks: every node registers the handler (BullMQ nodes share one queue).
  queue.register(ESCALATION_JOB, async (p: EscalationPayload) => { await escalateGrievance({ store, now, wakeMail: () => mail?.wake() }, p); });
  // The daily moderator digest (src/actions/moderatorAlerts.ts).
  registerModeratorDigest(queue, { store, clock, links: notifyLinks(deps), wakeMail: () => mail?.wake() });
  const app = (built.app = await buildApp(deps));
  const checkpointer = startCheckpointer({ store, key, now, log }, {
    every: config.auditCheckpointEvery, seconds: config.auditCheckpointSeconds,
    onError: (err) => app.log.error({ err }, 'audit checkpoint failed'),
    onMismatch: (problem) => process.stderr.write(`charcha: WARNING ${problem}; run \`charcha audit verify\`\n`),
  });
  await app.listen({ port: config.port, host: config.host });
  await queue.start();
  await resumeEscalations({ queue, store, now }, site.id, config.publicUrl ? new URL(config.publicUrl).origin : '');
  webhooks.start();
  if (mail) mail.start();
  else app.log.warn('CHARCHA_SMTP_URL is not set: e-mail is kept in the outbox and not sent until it is');
  await scheduleEvidencePurge(queue, clock).catch((err) => app.log.error({ err }, 'scheduling the evidence purge failed'));
  await scheduleModeratorDigest(queue, clock, site.id).catch((err) => app.log.error({ err }, 'scheduling the moderator digest failed'));
  // Today's salt check runs at once; each run schedules the next day's. After the start-up warning, so logs keep their order.
  await queue.enqueue(DROP_IP_SALTS_JOB, {}, { key: `ip-salts:${clock.now().toISOString().slice(0, 10)}` });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  let closing: Promise<void> | undefined;
  return {
    app, deps, url: `http://${host}:${port}`, startupMs: performance.now() - started,
    close: () =>
      (closing ??= (async () => {
        await app.close();
        // After the last request, before the store goes: the final head is signed.
        await checkpointer.stop();
        // Jobs and mail use the store: they stop (finishing what is running) before it closes.
        if (!overrides.queue) await queue.close();
        await mail?.close();
        await webhooks.close();
        if (!overrides.hub) await hub.close();
        await deps.limiter.close?.();
        await deps.loginThrottle.close?.();
        if (!overrides.store) await store.close();
      })()),
  };
}
