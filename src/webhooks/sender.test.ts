// Webhook deliveries on both engines against a real receiver on loopback: signature, headers, retry after the receiver
// was down, dead-letter after the last attempt, and deliveries that commit (or not) with the event's transaction.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookEndpoint, WebhookEventType } from '../domain/webhooks';
import { openStore } from '../store/open';
import type { Store } from '../store/store';
import { systemClock } from '../jobs/clock';
import { FakeClock } from '../../test/support/fakeClock';
import { postgresTestStore, requirePostgres, sqliteTestStore } from '../../test/support/stores';
import { freePort, webhookReceiver } from '../../test/support/webhookReceiver';
import { settle, until } from '../../test/contract/jobs/harness';
import { emitWebhookEvent } from './emit';
import { webhookSender, type WebhookSenderOptions } from './sender';
import { verifySignature } from './sign';

const quiet = { warn: () => {}, error: () => {} };

/** A fake clock that remembers when each armed timer is due, so a test can wait for the sender to go to sleep. */
class WatchedClock extends FakeClock {
  readonly armed: number[] = [];
  override setTimer(fn: () => void, ms: number) {
    this.armed.push(this.now().getTime() + Math.max(0, ms));
    return super.setTimer(fn, ms);
  }
  /** Waits until the sender has armed its timer for `dueIso`, then moves time to just before (`by` -1) or onto it. */
  async advanceTo(dueIso: string, by = 0) {
    const due = Date.parse(dueIso);
    await until(() => this.armed.includes(due), 10_000, `a timer for ${dueIso}`);
    await this.advance(due + by - this.now().getTime());
  }
}
const SITE = 'site-hooks';
const SECRET = 'whsec_test_चर्चा';

interface Opened { store: Store; dataDir: string; url: string; cleanup(): Promise<void> }
const engines: { name: string; open: () => Promise<Opened> }[] = [{ name: 'sqlite', open: async () => ({ ...(await sqliteTestStore()), url: '-' }) }];
if (await requirePostgres('webhook outbox')) engines.push({ name: 'postgres', open: async () => ({ ...(await postgresTestStore()), dataDir: os.tmpdir() }) });

const endpoint = (url: string, events: WebhookEventType[] = ['comment.created'], over: Partial<WebhookEndpoint> = {}): WebhookEndpoint => ({
  id: `ep-${Math.random().toString(36).slice(2)}`, siteId: SITE, url, secret: SECRET, events, enabled: true,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
});

async function untilDelivery(store: Store, pred: (d: Awaited<ReturnType<Store['listWebhookDeliveries']>>[number]) => boolean, what: string) {
  const end = Date.now() + 10_000;
  for (;;) {
    const [d] = await store.listWebhookDeliveries(SITE, { limit: 1 });
    if (d && pred(d)) return d;
    if (Date.now() > end) throw new Error(`delivery never ${what}: ${JSON.stringify(d)}`);
    await settle(20);
  }
}

describe.each(engines)('webhook outbox on $name', (engine) => {
  const undo: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });
  const open = async () => { const e = await engine.open(); undo.push(e.cleanup); return e.store; };
  // A poll far longer than any back-off here: with the fake clock the sender sleeps exactly until the next attempt is due.
  const sender = (store: Store, clock: FakeClock | ReturnType<typeof systemClock>, o: WebhookSenderOptions = {}) => {
    const s = webhookSender({ store, clock, log: quiet }, { pollMs: 3_600_000, ...o });
    undo.push(() => s.close());
    return s;
  };

  it('POSTs the event signed over "t.body", with delivery id, event type and a current timestamp', async () => {
    const store = await open();
    const rx = await webhookReceiver();
    undo.push(rx.close);
    await store.saveWebhookEndpoint(endpoint(rx.url));
    const clock = new FakeClock();
    const queued = await emitWebhookEvent({ store, now: () => clock.now() }, 'comment.created', { siteId: SITE, commentId: 'c1', body: 'नमस्ते &amp; hello' });
    expect(queued).toBe(1);
    sender(store, clock).start();
    await until(() => rx.received.length === 1, 10_000, 'the POST');
    const [hit] = rx.received;
    const nowS = Math.floor(clock.now().getTime() / 1000);
    const sig = String(hit.headers['charcha-signature']);
    expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(Number(/t=(\d+)/.exec(sig)![1])).toBe(nowS);
    expect(verifySignature(SECRET, sig, hit.body, nowS)).toBe(true);
    // The documented replay rule: the same request 5 minutes and 1 second later is refused, and so is a changed body.
    expect(verifySignature(SECRET, sig, hit.body, nowS + 301)).toBe(false);
    expect(verifySignature(SECRET, sig, hit.body.replace('c1', 'c2'), nowS)).toBe(false);
    expect(verifySignature('another secret', sig, hit.body, nowS)).toBe(false);
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['charcha-event']).toBe('comment.created');
    const body = JSON.parse(hit.body);
    expect(body).toMatchObject({ type: 'comment.created', siteId: SITE, createdAt: clock.now().toISOString(), data: { commentId: 'c1', body: 'नमस्ते &amp; hello' } });
    const d = await untilDelivery(store, (x) => x.status === 'delivered', 'delivered');
    expect(hit.headers['charcha-delivery']).toBe(d.id);
    expect(d).toMatchObject({ attempts: 1, lastStatus: 200, eventId: body.id, deliveredAt: clock.now().toISOString() });
  });

  it('retries with back-off while the receiver is down (refused, then 500) and delivers the same bytes when it is back', async () => {
    const store = await open();
    const port = await freePort();
    await store.saveWebhookEndpoint(endpoint(`http://127.0.0.1:${port}/hooks`));
    const clock = new WatchedClock();
    await emitWebhookEvent({ store, now: () => clock.now() }, 'comment.created', { siteId: SITE, commentId: 'c2' });
    sender(store, clock, { retry: { attempts: 5, baseMs: 10_000, maxMs: 60_000 } }).start();
    // Attempt 1: nothing listens, the connection is refused.
    const first = await untilDelivery(store, (x) => x.attempts === 1 && x.status === 'queued', 'refused once');
    expect(first.lastStatus).toBeNull();
    expect(first.lastError).toMatch(/ECONNREFUSED|refused|fetch failed/i);
    expect(Date.parse(first.nextAttemptAt) - clock.now().getTime()).toBe(10_000);
    // Attempt 2 (10 s later): the receiver is up but failing.
    const rx = await webhookReceiver(port, (n) => (n === 0 ? 500 : 200));
    undo.push(rx.close);
    await clock.advanceTo(first.nextAttemptAt, -1);
    await settle(100);
    expect(rx.received.length).toBe(0); // not before its time
    await clock.advance(1);
    const second = await untilDelivery(store, (x) => x.attempts === 2 && x.status === 'queued', 'failed twice');
    expect(second.lastStatus).toBe(500);
    expect(Date.parse(second.nextAttemptAt) - clock.now().getTime()).toBe(20_000); // doubled
    // Attempt 3 (20 s later): 200.
    await clock.advanceTo(second.nextAttemptAt);
    const done = await untilDelivery(store, (x) => x.status === 'delivered', 'delivered');
    expect(done).toMatchObject({ attempts: 3, lastStatus: 200 });
    expect(rx.received.length).toBe(2);
    expect(rx.received[1].body).toBe(rx.received[0].body);
    expect(rx.received[1].headers['charcha-delivery']).toBe(rx.received[0].headers['charcha-delivery']);
    const nowS = Math.floor(clock.now().getTime() / 1000);
    expect(verifySignature(SECRET, String(rx.received[1].headers['charcha-signature']), rx.received[1].body, nowS)).toBe(true);
  });

  it('marks a delivery dead after the last attempt and sends it no more', async () => {
    const store = await open();
    const rx = await webhookReceiver(0, () => 503);
    undo.push(rx.close);
    await store.saveWebhookEndpoint(endpoint(rx.url));
    const clock = new WatchedClock();
    await emitWebhookEvent({ store, now: () => clock.now() }, 'comment.created', { siteId: SITE, commentId: 'c3' });
    sender(store, clock, { retry: { attempts: 3, baseMs: 1_000, maxMs: 10_000 } }).start();
    for (let n = 1; n <= 2; n++) {
      const failed = await untilDelivery(store, (x) => x.attempts === n && x.status === 'queued', `failed ${n}×`);
      await clock.advanceTo(failed.nextAttemptAt);
    }
    const dead = await untilDelivery(store, (x) => x.status === 'dead', 'dead');
    expect(dead).toMatchObject({ attempts: 3, lastStatus: 503, lastError: 'HTTP 503', deliveredAt: null });
    await clock.advance(3_600_000);
    await settle(200);
    expect(rx.received.length).toBe(3);
  });

  it('sends nothing more to an endpoint disabled after its deliveries were queued: they go dead', async () => {
    const store = await open();
    const rx = await webhookReceiver();
    undo.push(rx.close);
    const e = endpoint(rx.url);
    await store.saveWebhookEndpoint(e);
    const clock = new FakeClock();
    await emitWebhookEvent({ store, now: () => clock.now() }, 'comment.created', { siteId: SITE, commentId: 'c6' });
    await store.saveWebhookEndpoint({ ...e, enabled: false });
    sender(store, clock).start();
    const d = await untilDelivery(store, (x) => x.status === 'dead', 'dead');
    expect(d).toMatchObject({ attempts: 1, lastStatus: null, lastError: 'endpoint disabled before this attempt' });
    expect(rx.received).toEqual([]);
  });

  it('queues deliveries only for enabled endpoints subscribed to the event, and only if the transaction commits', async () => {
    const store = await open();
    await store.saveWebhookEndpoint(endpoint('http://127.0.0.1:9/a', ['comment.created', 'report.created']));
    await store.saveWebhookEndpoint(endpoint('http://127.0.0.1:9/b', ['report.created']));
    await store.saveWebhookEndpoint(endpoint('http://127.0.0.1:9/c', ['comment.created'], { enabled: false }));
    await expect(store.transaction(async (tx) => {
      await emitWebhookEvent({ store: tx }, 'comment.created', { siteId: SITE, commentId: 'rolled-back' });
      throw new Error('the event failed');
    })).rejects.toThrow('the event failed');
    expect(await store.listWebhookDeliveries(SITE, { limit: 10 })).toEqual([]);
    expect(await store.transaction((tx) => emitWebhookEvent({ store: tx }, 'comment.created', { siteId: SITE, commentId: 'c4' }))).toBe(1);
    expect(await emitWebhookEvent({ store }, 'report.created', { siteId: SITE, reportId: 'r1' })).toBe(2);
    expect(await emitWebhookEvent({ store }, 'appeal.filed', { siteId: SITE, appealId: 'a1' })).toBe(0);
    expect(await emitWebhookEvent({ store }, 'comment.created', { siteId: 'another-site', commentId: 'c5' })).toBe(0);
    const log = await store.listWebhookDeliveries(SITE, { limit: 10 });
    expect(log.map((d) => d.eventType).sort()).toEqual(['comment.created', 'report.created', 'report.created']);
  });

  it('loses no event when the process is killed right after its transaction; two nodes then deliver it exactly once', async () => {
    const e = await engine.open();
    undo.push(e.cleanup);
    const rx = await webhookReceiver();
    undo.push(rx.close);
    await e.store.saveWebhookEndpoint(endpoint(rx.url));
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../test/support/webhookCrashChild.ts', import.meta.url)), e.dataDir, e.url, SITE],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => { out += d; if (/queued 1\n/.test(out)) resolve(); });
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const reopen = () => openStore({ dataDir: e.dataDir, databaseUrl: e.url === '-' ? null : e.url });
    const a = await reopen();
    const b = await reopen();
    undo.push(() => a.close(), () => b.close());
    sender(a, systemClock(), { pollMs: 100 }).start();
    sender(b, systemClock(), { pollMs: 100 }).start();
    await until(() => rx.received.length === 1, 10_000, 'the event after the crash');
    await settle(600);
    expect(rx.received).toHaveLength(1);
    expect(JSON.parse(rx.received[0].body).data.commentId).toBe('before-the-crash');
    await untilDelivery(a, (x) => x.status === 'delivered', 'delivered');
  }, 30_000);
});
