// Drains the webhook outbox: claims due deliveries under a lease, signs and POSTs them; failures back off, then go `dead`.
import { randomUUID } from 'node:crypto';
import type { WebhookDelivery, WebhookOutcome } from '../domain/webhooks';
import type { Clock } from '../jobs/clock';
import { consoleLog, reason, type WorkLog } from '../jobs/log';
import { retryDelay, type RetryPolicy } from '../jobs/queue';
import type { Store } from '../store/store';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from './sign';

export interface WebhookSenderDeps {
  store: Store;
  clock: Clock;
  log?: WorkLog;
}

export interface WebhookSenderOptions {
  /** Attempts in all before a delivery is `dead` (CHARCHA_WEBHOOK_ATTEMPTS); back-off doubles from baseMs. */
  retry?: RetryPolicy;
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
  /** How long a receiver has to answer one POST. */
  timeoutMs?: number;
}

export interface WebhookSender {
  start(): void;
  /** Look at the outbox now (after a commit that queued deliveries), instead of at the next poll. */
  wake(): void;
  close(): Promise<void>;
}

/** 12 attempts, 30 s doubling, capped at 6 h: a receiver may be down about 14½ hours before a delivery is dead. */
export const WEBHOOK_RETRY: RetryPolicy = { attempts: 12, baseMs: 30_000, maxMs: 6 * 3600_000 };

const iso = (ms: number) => new Date(ms).toISOString();

export function webhookSender(deps: WebhookSenderDeps, opts: WebhookSenderOptions = {}): WebhookSender {
  const { store, clock } = deps;
  const log = deps.log ?? consoleLog;
  const retry = opts.retry ?? WEBHOOK_RETRY;
  const pollMs = opts.pollMs ?? 2_000;
  const leaseMs = opts.leaseMs ?? 120_000;
  const batch = opts.batch ?? 10;
  const timeoutMs = opts.timeoutMs ?? 10_000;
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

  /** One POST; the signature's timestamp is the attempt's, so a retry hours later still passes a 5-minute window. */
  async function post(d: WebhookDelivery): Promise<{ ok: boolean; httpStatus: number | null; error: string; final?: boolean }> {
    const endpoint = await store.getWebhookEndpoint(d.endpointId);
    // An admin who disables an endpoint wants nothing more sent to it, including what was already queued.
    if (!endpoint) return { ok: false, httpStatus: null, error: 'endpoint deleted', final: true };
    if (!endpoint.enabled) return { ok: false, httpStatus: null, error: 'endpoint disabled before this attempt', final: true };
    const t = Math.floor(clock.now().getTime() / 1000);
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST', body: d.payload, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json', 'user-agent': 'Charcha-Webhooks/1',
          [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, t, d.payload), [DELIVERY_HEADER]: d.id, [EVENT_HEADER]: d.eventType,
        },
      });
      // The body is not read beyond this: a receiver's answer is only its status.
      await res.body?.cancel().catch(() => undefined);
      return { ok: res.status >= 200 && res.status < 300, httpStatus: res.status, error: `HTTP ${res.status}` };
    } catch (err) {
      return { ok: false, httpStatus: null, error: reason((err as { cause?: unknown }).cause ?? err) };
    }
  }

  async function send(d: WebhookDelivery, owner: string): Promise<void> {
    const r = await post(d);
    let outcome: WebhookOutcome;
    if (r.ok) outcome = { status: 'delivered', httpStatus: r.httpStatus! };
    else {
      const last = r.final || d.attempts >= retry.attempts;
      log.warn({ delivery: d.id, attempt: d.attempts, error: r.error }, last ? 'webhook: giving up, marked dead' : 'webhook: delivery failed, will retry');
      outcome = last
        ? { status: 'dead', httpStatus: r.httpStatus, error: r.error }
        : { status: 'queued', httpStatus: r.httpStatus, error: r.error, nextAttemptAt: iso(clock.now().getTime() + retryDelay(retry, d.attempts)) };
    }
    if (!(await store.settleWebhookDelivery(d.id, owner, outcome, clock.now().toISOString()))) {
      log.warn({ delivery: d.id }, 'webhook: the lease lapsed during the send; it may arrive twice (same Charcha-Delivery id)');
    }
  }

  async function tick(): Promise<void> {
    try {
      const now = clock.now().getTime();
      // The sender runs on every node, endpoints or not: an idle look is one read, never a write transaction.
      const due = await store.nextWebhookAt();
      if (!due || Date.parse(due) > now) {
        if (running) sleep(due ? Date.parse(due) - now : pollMs);
        return;
      }
      const owner = randomUUID();
      const claimed = await store.claimWebhookDeliveries({ now: iso(now), owner, leaseUntil: iso(now + leaseMs), limit: batch, maxAttempts: retry.attempts });
      await Promise.all(claimed.map((d) => send(d, owner).catch((err) => log.error({ err, delivery: d.id }, 'webhook: could not record the outcome'))));
      if (!running) return;
      if (claimed.length === batch) return sleep(0);
      const next = await store.nextWebhookAt();
      const later = clock.now().getTime();
      const delay = next ? Date.parse(next) - later : pollMs;
      sleep(delay > 0 ? delay : later > now ? 0 : 50);
    } catch (err) {
      log.error({ err }, 'webhook: outbox tick failed');
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
    },
  };
}
