// Drains the outbox over SMTP: claims due mail under a lease, sends, marks sent; failures back off, then go `dead`.
import { randomUUID } from 'node:crypto';
import type { OutboxMail } from '../domain/work';
import type { Clock } from '../jobs/clock';
import { consoleLog, reason, type WorkLog } from '../jobs/log';
import { retryDelay, type RetryPolicy } from '../jobs/queue';
import type { Store } from '../store/store';
import type { MailTransport } from './transport';

export interface MailSenderDeps {
  store: Store;
  clock: Clock;
  transport: MailTransport;
  /** CHARCHA_MAIL_FROM */
  from: string;
  log?: WorkLog;
}

export interface MailSenderOptions {
  /** Sends in all before a message is `dead`; back-off between them as for jobs. */
  retry?: RetryPolicy;
  /** How often to look for mail other nodes queued, or whose sender died. */
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
}

export interface MailSender {
  start(): void;
  /** Look at the outbox now (after a commit that queued mail), instead of at the next poll. */
  wake(): void;
  /** Stops polling and waits for the batch in flight. */
  close(): Promise<void>;
}

export const MAIL_RETRY: RetryPolicy = { attempts: 8, baseMs: 30_000, maxMs: 6 * 3600_000 };

const iso = (ms: number) => new Date(ms).toISOString();

export function mailSender(deps: MailSenderDeps, opts: MailSenderOptions = {}): MailSender {
  const { store, clock, transport } = deps;
  const log = deps.log ?? consoleLog;
  const retry = opts.retry ?? MAIL_RETRY;
  const pollMs = opts.pollMs ?? 2_000;
  const leaseMs = opts.leaseMs ?? 120_000;
  const batch = opts.batch ?? 10;
  const domain = /@([^\s>]+)/.exec(deps.from)?.[1] ?? 'charcha.local';
  let running = false;
  let ticking: Promise<void> | null = null;
  let again = false;
  let cancelTimer: (() => void) | null = null;

  const wake = () => {
    if (!running) return;
    if (ticking) { again = true; return; }
    ticking = tick().finally(() => {
      ticking = null;
      if (again) { again = false; wake(); }
    });
  };
  const sleep = (ms: number) => {
    cancelTimer?.();
    cancelTimer = running ? clock.setTimer(wake, Math.min(Math.max(0, ms), pollMs)) : null;
  };

  async function send(m: OutboxMail, owner: string): Promise<void> {
    let outcome: Parameters<Store['settleMail']>[2];
    try {
      await transport.send({
        from: deps.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: JSON.parse(m.headers),
        messageId: `<${m.id}@${domain}>`,
      });
      outcome = { status: 'sent' };
    } catch (err) {
      const error = reason(err);
      const last = m.attempts >= retry.attempts;
      log.warn({ mail: m.id, attempt: m.attempts, error }, last ? 'mail: giving up, marked dead' : 'mail: send failed, will retry');
      outcome = last ? { status: 'dead', error } : { status: 'queued', error, nextAttemptAt: iso(clock.now().getTime() + retryDelay(retry, m.attempts)) };
    }
    if (!(await store.settleMail(m.id, owner, outcome, clock.now().toISOString()))) {
      log.warn({ mail: m.id }, 'mail: the lease lapsed during the send; the message may go out twice (same Message-ID)');
    }
  }

  async function tick(): Promise<void> {
    try {
      const now = clock.now().getTime();
      const owner = randomUUID();
      const claimed = await store.claimMail({ now: iso(now), owner, leaseUntil: iso(now + leaseMs), limit: batch, maxAttempts: retry.attempts });
      await Promise.all(claimed.map((m) => send(m, owner).catch((err) => log.error({ err, mail: m.id }, 'mail: could not record the outcome'))));
      if (!running) return;
      if (claimed.length === batch) return sleep(0);
      const next = await store.nextMailAt();
      const later = clock.now().getTime();
      const delay = next ? Date.parse(next) - later : pollMs;
      sleep(delay > 0 ? delay : later > now ? 0 : 50);
    } catch (err) {
      log.error({ err }, 'mail: outbox tick failed');
      sleep(pollMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      wake();
    },
    wake,
    async close() {
      running = false;
      cancelTimer?.();
      await ticking;
      transport.close();
    },
  };
}
