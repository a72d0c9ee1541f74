// IP hashes under rotating salts in a running server, on SQLite and PostgreSQL: a new random salt each month, abuse
// checks still match within the window, and the daily job drops salts 180 days after their month so old hashes go dark.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { FakeClock } from '../support/fakeClock';
import { backends, reader, testConfig } from './harness';

const list = await backends('api ip salts');
const DAY = 86_400_000;
const undo: (() => Promise<void>)[] = [];
afterEach(async () => { for (const f of undo.splice(0).reverse()) await f().catch(() => {}); });

describe.each(list)('IP salts on $name', (backend) => {
  it('rotates monthly, matches within the window, drops salts after 180 days', async () => {
    const ts = await backend.open();
    undo.push(ts.cleanup);
    const clock = new FakeClock(Date.parse('2026-01-15T06:00:00.000Z'));
    const srv = await startServer(testConfig(), { store: ts.store, moderator: wordListModerator(), now: () => clock.now(), clock });
    undo.push(() => srv.close());
    const a = await reader(srv.url);
    const jan = (await ts.store.getAcceptance(a.userId, 1))!.ipHash;
    expect(jan).toMatch(/^2026-01:[0-9a-f]{64}$/);
    expect(await srv.deps.ipHasher.matches(jan, '127.0.0.1')).toBe(true);
    expect(await srv.deps.ipHasher.matches(jan, '10.0.0.1')).toBe(false);

    await clock.jump(20 * DAY); // February: a new salt
    const b = await reader(srv.url);
    const feb = (await ts.store.getAcceptance(b.userId, 1))!.ipHash;
    expect(feb.startsWith('2026-02:')).toBe(true);
    const salts = await ts.store.listIpSalts();
    expect(salts.map((s) => s.id)).toEqual(['2026-01', '2026-02']);
    expect(salts[0].salt).not.toBe(salts[1].salt);
    // Within the window, both months' hashes still answer "same IP?" (the abuse check).
    expect(await srv.deps.ipHasher.matches(jan, '127.0.0.1')).toBe(true);
    expect(await srv.deps.ipHasher.matches(feb, '127.0.0.1')).toBe(true);

    // 31 Jul 2026: January's salt is 180 days past its month; the daily job drops it.
    for (let day = 0; day < 200 && (await ts.store.listIpSalts()).some((s) => s.id === '2026-01'); day++) {
      await clock.jump(DAY);
      // Let that day's run finish before the next day starts, so the drop is dated the day it was due.
      const key = `ip-salts:${clock.now().toISOString().slice(0, 10)}`;
      for (let i = 0; i < 100 && (await ts.store.getJob(key))?.status !== 'done'; i++) await new Promise((r) => setTimeout(r, 20));
    }
    const dropped = (await ts.store.listAuditByActions(['ip_salt.drop'], '2026-01-01', '2027-01-01'));
    expect(dropped).toHaveLength(1);
    expect(dropped[0].data).toEqual({ ids: ['2026-01'] });
    expect(dropped[0].at >= '2026-07-31T00:00:00.000Z' && dropped[0].at < '2026-08-01T00:00:00.000Z').toBe(true);
    expect(await srv.deps.ipHasher.matches(jan, '127.0.0.1')).toBe(false);
    expect(await srv.deps.ipHasher.matches(feb, '127.0.0.1')).toBe(true);
  });
});
