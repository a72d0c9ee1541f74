// The server starts the job queue and the mail sender from Config and stops them at close, on SQLite, PostgreSQL and Redis.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bullQueue } from '../../src/jobs/bullQueue';
import { systemClock } from '../../src/jobs/clock';
import type { JobHandler } from '../../src/jobs/queue';
import { startServer, type RunningServer } from '../../src/main';
import { enqueueMail } from '../../src/mail/outbox';
import { wordListModerator } from '../../src/moderation/wordlist';
import { settle, until } from '../contract/jobs/harness';
import { REDIS_TEST_URL, requireRedis } from '../support/redis';
import { smtpSink } from '../support/smtpSink';
import { backends, testConfig } from './harness';

const list = await backends('jobs and mail in the server');
const hasRedis = await requireRedis('jobs and mail in the server: BullMQ');
const undo: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });

/** A job that queues a mail, as the grievance desk's escalations will. */
const notify = (srv: () => RunningServer): JobHandler => async (p: { to: string; ticket: string }) => {
  const { deps } = srv();
  await deps.store.transaction((tx) => enqueueMail({ store: tx, now: deps.now }, {
    to: p.to, template: 'grievance_ack', lang: 'en', idempotencyKey: `ack:${p.ticket}`,
    data: { ticket: p.ticket, trackingUrl: `https://news.example/grievance/t/${p.ticket}` },
  }));
  deps.mail?.wake();
};

describe.each(list)('server on $name', (backend) => {
  it('runs jobs on the store queue and sends their mail through CHARCHA_SMTP_URL, then stops both at close', async () => {
    const sink = await smtpSink();
    undo.push(sink.close);
    const ts = await backend.open();
    undo.push(ts.cleanup);
    let started = 0;
    let finished = 0;
    const ref: { srv?: RunningServer } = {};
    const srv = ref.srv = await startServer(testConfig({ smtpUrl: sink.url, mailFrom: 'Grievance desk <desk@news.example>' }), {
      store: ts.store, moderator: wordListModerator(),
      jobs: {
        notify: notify(() => ref.srv!),
        slow: async () => { started++; await settle(300); finished++; },
      },
    });
    undo.push(() => srv.close());
    expect(srv.deps.mail).not.toBeNull();
    await srv.deps.queue.enqueue('notify', { to: 'asha@example.test', ticket: 'G-1' }, { key: 'notify:G-1' });
    await until(() => sink.messages.length === 1, 10_000, 'the acknowledgement');
    expect(sink.messages[0]).toMatchObject({ from: 'desk@news.example', to: ['asha@example.test'], subject: 'Complaint G-1 received' });
    expect((await ts.store.getJob('notify:G-1'))?.status).toBe('done');

    await srv.deps.queue.enqueue('slow', {}, { key: 'slow:1' });
    await until(() => started === 1, 10_000, 'the slow job to start');
    await srv.close();
    expect(finished).toBe(1);
    expect((await ts.store.getJob('slow:1'))?.status).toBe('done');
  });

  it('without CHARCHA_SMTP_URL keeps mail queued', async () => {
    const ts = await backend.open();
    undo.push(ts.cleanup);
    const srv = await startServer(testConfig(), { store: ts.store, moderator: wordListModerator() });
    undo.push(() => srv.close());
    expect(srv.deps.mail).toBeNull();
    await enqueueMail({ store: srv.deps.store, now: srv.deps.now }, {
      to: 'a@example.test', template: 'notice', lang: 'hi', idempotencyKey: 'held', data: { title: 'T', body: 'B' },
    });
    await settle(500);
    expect((await ts.store.getMail('held'))?.status).toBe('queued');
  });
});

describe.skipIf(!hasRedis || !list.length)('server with REDIS_URL', () => {
  it('runs jobs on BullMQ, not in the jobs table', async () => {
    const sink = await smtpSink();
    undo.push(sink.close);
    const ts = await list[0].open();
    undo.push(ts.cleanup);
    // A queue of our own under a fresh prefix, so parallel runs sharing the test Redis never see each other's jobs.
    const queue = bullQueue({ redisUrl: REDIS_TEST_URL, clock: systemClock(), log: { warn: () => {}, error: () => {} } },
      { prefix: `charcha-test-${randomBytes(6).toString('hex')}` });
    undo.push(async () => { await queue.obliterate(); await queue.close(); });
    const ref: { srv?: RunningServer } = {};
    const srv = ref.srv = await startServer(testConfig({ redisUrl: REDIS_TEST_URL, smtpUrl: sink.url }), {
      store: ts.store, moderator: wordListModerator(), queue, jobs: { notify: notify(() => ref.srv!) },
    });
    undo.push(() => srv.close());
    await srv.deps.queue.enqueue('notify', { to: 'ravi@example.test', ticket: 'G-2' }, { key: 'notify:G-2' });
    await until(() => sink.messages.length === 1, 10_000, 'the acknowledgement');
    expect(sink.messages[0].to).toEqual(['ravi@example.test']);
    expect(await ts.store.getJob('notify:G-2')).toBeUndefined();
  });
});

describe('charcha serve without CHARCHA_SMTP_URL', () => {
  it('logs a warning at start that mail stays queued, and still shuts down cleanly', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-nosmtp-'));
    undo.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../bin/charcha.mjs'), 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CHARCHA_DATA_DIR: dataDir, CHARCHA_SMTP_URL: '', DATABASE_URL: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    undo.push(async () => void child.kill('SIGKILL'));
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    await until(() => /listening on/.test(out), 20_000, 'the server to listen');
    // The logger writes to stdout asynchronously and "listening" goes to stderr: the two pipes arrive in either order.
    await until(() => /CHARCHA_SMTP_URL is not set/.test(out), 5_000, 'the warning that mail stays queued');
    expect(out).toMatch(/CHARCHA_SMTP_URL is not set/);
    child.kill('SIGTERM');
    const code = await new Promise((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', r)));
    expect(code).toBe(0);
  }, 30_000);
});
