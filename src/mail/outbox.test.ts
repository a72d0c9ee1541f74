// The outbox on both engines, against a real SMTP sink on loopback: delivery, language, idempotency, transactions,
// retries with back-off, `dead`, and no mail lost when the process is killed before sending.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../jobs/clock';
import { openStore } from '../store/open';
import type { Store } from '../store/store';
import { FakeClock } from '../../test/support/fakeClock';
import { smtpSink, type SmtpSink } from '../../test/support/smtpSink';
import { postgresTestStore, requirePostgres, sqliteTestStore } from '../../test/support/stores';
import { settle, until } from '../../test/contract/jobs/harness';
import { enqueueMail } from './outbox';
import { mailSender, type MailSenderOptions } from './sender';
import { smtpTransport } from './transport';
import type { Clock } from '../jobs/clock';

const quiet = { warn: () => {}, error: () => {} };
const FROM = 'Charcha <noreply@news.example>';

interface Engine { name: string; open(): Promise<{ store: Store; dataDir: string; url: string; reopen(): Promise<Store>; cleanup(): Promise<void> }> }
const engines: Engine[] = [{
  name: 'sqlite',
  open: async () => {
    const ts = await sqliteTestStore();
    return { ...ts, url: '-', reopen: () => openStore({ dataDir: ts.dataDir, databaseUrl: null }) };
  },
}];
if (await requirePostgres('mail outbox')) {
  engines.push({
    name: 'postgres',
    open: async () => {
      const ts = await postgresTestStore();
      return { ...ts, dataDir: os.tmpdir(), reopen: () => openStore({ dataDir: os.tmpdir(), databaseUrl: ts.url }) };
    },
  });
}

async function untilMail(store: Store, key: string, status: string) {
  const end = Date.now() + 10_000;
  for (;;) {
    const m = await store.getMail(key);
    if (m?.status === status) return m;
    if (Date.now() > end) throw new Error(`mail ${key} is ${m?.status}, not ${status}`);
    await settle(20);
  }
}

describe.each(engines)('mail outbox on $name', (engine) => {
  const undo: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });
  const setup = async () => {
    const e = await engine.open();
    undo.push(e.cleanup);
    const sink = await smtpSink();
    undo.push(sink.close);
    return { e, sink };
  };
  const sender = (store: Store, sink: SmtpSink, clock: Clock = systemClock(), o: MailSenderOptions = {}) => {
    const s = mailSender({ store, clock, transport: smtpTransport(sink.url), from: FROM, log: quiet }, { pollMs: 200, ...o });
    undo.push(() => s.close());
    return s;
  };
  const now = () => new Date();

  it('sends a queued message over SMTP to the right address, with subject, body and headers', async () => {
    const { e, sink } = await setup();
    await enqueueMail({ store: e.store, now }, {
      to: 'asha@example.test', template: 'notice', lang: 'en', idempotencyKey: 'notice:1',
      data: { title: 'Your comment is live', body: 'A moderator approved it.', link: 'https://news.example/s/1' },
      headers: { 'List-Unsubscribe': '<https://news.example/unsubscribe/abc>' },
    });
    sender(e.store, sink).start();
    await until(() => sink.messages.length === 1, 10_000, 'the message');
    const [m] = sink.messages;
    expect(m.to).toEqual(['asha@example.test']);
    expect(m.from).toBe('noreply@news.example');
    expect(m.subject).toBe('Your comment is live');
    expect(m.text).toContain('A moderator approved it.');
    expect(m.html).toContain('<a href="https://news.example/s/1">Open</a>');
    expect(m.headers['list-unsubscribe']).toBe('<https://news.example/unsubscribe/abc>');
    const row = await untilMail(e.store, 'notice:1', 'sent');
    expect(m.headers['message-id']).toBe(`<${row.id}@news.example>`);
    expect(row.attempts).toBe(1);
  });

  it('sends the grievance acknowledgement in Hindi with the ticket and the tracking link', async () => {
    const { e, sink } = await setup();
    await enqueueMail({ store: e.store, now }, {
      to: 'ravi@example.test', template: 'grievance_ack', lang: 'hi', idempotencyKey: 'grievance_ack:G-9',
      data: { ticket: 'G-9', trackingUrl: 'https://news.example/grievance/t/Zx9', name: 'रवि <b>' },
    });
    sender(e.store, sink).start();
    await until(() => sink.messages.length === 1, 10_000, 'the message');
    const [m] = sink.messages;
    expect(m.subject).toBe('शिकायत G-9 प्राप्त हुई');
    expect(m.text).toContain('प्रिय रवि <b>,');
    expect(m.text).toContain('आपका टिकट नंबर G-9 है।');
    expect(m.text).toContain('https://news.example/grievance/t/Zx9');
    expect(m.html).toContain('प्रिय रवि &lt;b&gt;,');
  });

  it('queues a key once', async () => {
    const { e, sink } = await setup();
    const req = { to: 'a@example.test', template: 'notice' as const, lang: 'en', idempotencyKey: 'once', data: { title: 'T', body: 'B' } };
    const first = await enqueueMail({ store: e.store, now }, req);
    const second = await enqueueMail({ store: e.store, now }, { ...req, data: { title: 'T2', body: 'B2' } });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    sender(e.store, sink).start();
    await until(() => sink.messages.length === 1, 10_000, 'the message');
    await settle();
    expect(sink.messages.map((m) => m.subject)).toEqual(['T']);
  });

  it("commits with the caller's transaction: rolled back, nothing is sent", async () => {
    const { e, sink } = await setup();
    const req = (key: string) => ({ to: 'a@example.test', template: 'notice' as const, lang: 'en', idempotencyKey: key, data: { title: key, body: 'B' } });
    await expect(e.store.transaction(async (tx) => {
      await enqueueMail({ store: tx, now }, req('rolled-back'));
      throw new Error('the caller failed after queueing');
    })).rejects.toThrow(/caller failed/);
    await e.store.transaction((tx) => enqueueMail({ store: tx, now }, req('committed')));
    sender(e.store, sink).start();
    await until(() => sink.messages.length === 1, 10_000, 'the committed message');
    await settle();
    expect(sink.messages.map((m) => m.subject)).toEqual(['committed']);
    expect(await e.store.getMail('rolled-back')).toBeUndefined();
  });

  it('retries a refused send with exponential back-off, then delivers it once', async () => {
    const { e, sink } = await setup();
    const clock = new FakeClock();
    sink.refuseNext(2);
    await enqueueMail({ store: e.store, now: () => clock.now() }, { to: 'a@example.test', template: 'notice', lang: 'en', idempotencyKey: 'flaky', data: { title: 'T', body: 'B' } });
    sender(e.store, sink, clock, { retry: { attempts: 5, baseMs: 60_000, maxMs: 3600_000 } }).start();
    /** Waits until the n-th send has been tried and its outcome recorded. */
    const attempts = async (n: number) => {
      const end = Date.now() + 10_000;
      for (;;) {
        const m = (await e.store.getMail('flaky'))!;
        if (m.attempts >= n && m.status !== 'sending') return;
        if (Date.now() > end) throw new Error(`attempt ${n} never ended`);
        await settle(20);
      }
    };
    await attempts(1);
    expect((await e.store.getMail('flaky'))?.lastError).toMatch(/451|try again/);
    await clock.advance(59_000);
    await settle();
    expect((await e.store.getMail('flaky'))?.attempts).toBe(1);
    await clock.advance(2_000);
    await attempts(2);
    await clock.advance(119_000);
    await settle();
    expect((await e.store.getMail('flaky'))?.attempts).toBe(2);
    expect(sink.messages).toHaveLength(0);
    await clock.advance(2_000);
    await untilMail(e.store, 'flaky', 'sent');
    expect(sink.messages).toHaveLength(1);
    expect((await e.store.getMail('flaky'))?.attempts).toBe(3);
  });

  it('marks a message dead when every attempt fails', async () => {
    const { e, sink } = await setup();
    const clock = new FakeClock();
    sink.refuseNext(1_000);
    await enqueueMail({ store: e.store, now: () => clock.now() }, { to: 'a@example.test', template: 'notice', lang: 'en', idempotencyKey: 'doomed', data: { title: 'T', body: 'B' } });
    sender(e.store, sink, clock, { retry: { attempts: 3, baseMs: 1_000, maxMs: 10_000 } }).start();
    const end = Date.now() + 15_000;
    while ((await e.store.getMail('doomed'))?.status !== 'dead') {
      if (Date.now() > end) throw new Error('never dead');
      await clock.advance(5_000);
      await settle(50);
    }
    const m = await e.store.getMail('doomed');
    expect(m?.attempts).toBe(3);
    expect(sink.messages).toHaveLength(0);
  });

  it('marks a message dead when its last allowed send lapsed (the sender died mid-send every time)', async () => {
    const { e, sink } = await setup();
    const clock = new FakeClock();
    await enqueueMail({ store: e.store, now: () => clock.now() }, { to: 'a@example.test', template: 'notice', lang: 'en', idempotencyKey: 'crashy', data: { title: 'T', body: 'B' } });
    const now = clock.now().getTime();
    const lease = { now: new Date(now).toISOString(), owner: 'dead', leaseUntil: new Date(now + 1_000).toISOString(), limit: 5, maxAttempts: 1 };
    expect(await e.store.claimMail(lease)).toHaveLength(1);
    await clock.advance(5_000);
    sender(e.store, sink, clock, { retry: { attempts: 1, baseMs: 1_000, maxMs: 1_000 } }).start();
    const m = await untilMail(e.store, 'crashy', 'dead');
    expect(m.lastError).toMatch(/lease lapsed/);
    await settle();
    expect(sink.messages).toHaveLength(0);
  });

  it('loses no mail when the process is killed after queueing and before sending; it arrives exactly once', async () => {
    const { e, sink } = await setup();
    // The queueing process: SIGKILLed as soon as its transaction committed, before any sender ran.
    await e.store.close();
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../test/support/mailCrashChild.ts', import.meta.url)),
      e.dataDir, e.url, 'crash:1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const id = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => { out += d; const m = /queued (\S+)\n/.exec(out); if (m) resolve(m[1]); });
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const store = await e.reopen();
    undo.push(() => store.close());
    expect((await store.getMail('crash:1'))?.status).toBe('queued');
    // Two senders (two nodes) drain the same outbox: still one delivery.
    sender(store, sink).start();
    const other = await e.reopen();
    undo.push(() => other.close());
    sender(other, sink).start();
    await until(() => sink.messages.length === 1, 10_000, 'the message after the crash');
    await settle(800);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].subject).toBe('Your comment was restored');
    expect((await untilMail(store, 'crash:1', 'sent')).id).toBe(id);
  }, 30_000);
});

describe('enqueueMail', () => {
  it('refuses an address that is not one, or that would smuggle a header', async () => {
    const ts = await sqliteTestStore();
    try {
      for (const to of ['not-an-address', 'a@b', 'a@example.test\r\nBcc: x@example.test', 'a@example.test, b@example.test', 'Asha <a@example.test>']) {
        await expect(enqueueMail({ store: ts.store, now: () => new Date() }, {
          to, template: 'notice', lang: 'en', idempotencyKey: `bad:${to}`, data: { title: 'T', body: 'B' },
        })).rejects.toMatchObject({ status: 400, code: 'invalid_email' });
      }
      await expect(enqueueMail({ store: ts.store, now: () => new Date() }, {
        to: 'a@example.test', template: 'notice', lang: 'en', idempotencyKey: 'hdr', data: { title: 'T', body: 'B' }, headers: { 'X-A': 'v\r\nBcc: x@example.test' },
      })).rejects.toMatchObject({ status: 400, code: 'invalid_mail_header' });
    } finally {
      await ts.cleanup();
    }
  });
});
