// The password-reset job on BullMQ (REDIS_URL): the request answers 202 and a BullMQ worker mails the link.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { bullQueue } from '../../src/jobs/bullQueue';
import { systemClock } from '../../src/jobs/clock';
import { startServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { until } from '../contract/jobs/harness';
import { REDIS_TEST_URL, requireRedis } from '../support/redis';
import { smtpSink } from '../support/smtpSink';
import { backends, Client, reader, testConfig } from './harness';

const list = await backends('password reset on BullMQ');
const hasRedis = await requireRedis('password reset on BullMQ');
const undo: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });

describe.skipIf(!hasRedis || !list.length)('password reset with REDIS_URL', () => {
  it('runs the reset job on the BullMQ queue the server was given, and mails the link', async () => {
    const sink = await smtpSink();
    undo.push(sink.close);
    const ts = await list[0].open();
    undo.push(ts.cleanup);
    // A queue of our own under a fresh prefix, so parallel runs sharing the test Redis never see each other's jobs.
    const queue = bullQueue({ redisUrl: REDIS_TEST_URL, clock: systemClock(), log: { warn: () => {}, error: () => {} } },
      { prefix: `charcha-test-${randomBytes(6).toString('hex')}` });
    undo.push(async () => { await queue.obliterate(); await queue.close(); });
    const srv = await startServer(testConfig({ redisUrl: REDIS_TEST_URL, smtpUrl: sink.url }), { store: ts.store, moderator: wordListModerator(), queue });
    undo.push(() => srv.close());
    const c = await reader(srv.url) as Client & { userId: string; email: string };
    expect((await new Client(srv.url).post('/api/v1/auth/password-reset', { email: c.email })).status).toBe(202);
    await until(() => sink.messages.some((m) => m.to.includes(c.email) && m.subject === 'Reset your password'), 15_000, 'the reset mail');
    const mail = sink.messages.find((m) => m.subject === 'Reset your password')!;
    expect(mail.text).toMatch(/\/account\/reset-password\?token=[A-Za-z0-9_-]{43}/);
  });
});
