// The store scheduler's durability on both engines: a restart keeps scheduled jobs, a dead node's claim lapses and re-runs.
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open';
import type { Store } from '../store/store';
import { FakeClock } from '../../test/support/fakeClock';
import { postgresTestStore, requirePostgres, sqliteTestStore } from '../../test/support/stores';
import { until, settle } from '../../test/contract/jobs/harness';
import { storeQueue } from './storeQueue';
import type { Queue } from './queue';

/** The job's row once it reaches status (its outcome is written just after the handler returns). */
async function untilJob(store: Store, key: string, status: string) {
  const end = Date.now() + 10_000;
  for (;;) {
    const job = await store.getJob(key);
    if (job?.status === status) return job;
    if (Date.now() > end) throw new Error(`job ${key} is ${job?.status}, not ${status}`);
    await settle(20);
  }
}

const quiet = { warn: () => {}, error: () => {} };
const HOUR = 3600_000;

interface Engine { name: string; open(): Promise<{ store: Store; reopen(): Promise<Store>; cleanup(): Promise<void> }> }

const engines: Engine[] = [{
  name: 'sqlite',
  open: async () => {
    const ts = await sqliteTestStore();
    return { store: ts.store, reopen: () => openStore({ dataDir: ts.dataDir, databaseUrl: null }), cleanup: ts.cleanup };
  },
}];
if (await requirePostgres('store queue')) {
  engines.push({
    name: 'postgres',
    open: async () => {
      const ts = await postgresTestStore();
      return { store: ts.store, reopen: () => openStore({ dataDir: os.tmpdir(), databaseUrl: ts.url }), cleanup: ts.cleanup };
    },
  });
}

describe.each(engines)('store queue on $name', (engine) => {
  const undo: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const f of undo.splice(0).reverse()) await f(); });
  const open = async () => { const e = await engine.open(); undo.push(e.cleanup); return e; };
  const queue = (store: Store, clock: FakeClock, o: Parameters<typeof storeQueue>[1] = {}): Queue => {
    const q = storeQueue({ store, clock, log: quiet }, { pollMs: 1_000, ...o });
    undo.push(() => q.close());
    return q;
  };

  it('keeps a scheduled job across a restart and runs it when due', async () => {
    const e = await open();
    const clock = new FakeClock();
    const first = queue(e.store, clock);
    first.register('remind', async () => { throw new Error('the first process never gets here'); });
    await first.start();
    await first.enqueue('remind', { ticket: 'G-7' }, { key: 'remind:G-7', runAt: new Date(clock.now().getTime() + 24 * HOUR) });
    await first.close();
    await e.store.close();

    const store = await e.reopen();
    undo.push(() => store.close());
    const later = new FakeClock(clock.now().getTime());
    const ran: unknown[] = [];
    const second = queue(store, later);
    second.register('remind', async (p) => { ran.push(p); });
    await second.start();
    await later.advance(23 * HOUR);
    await settle();
    expect(ran).toEqual([]);
    await later.advance(HOUR);
    await until(() => ran.length === 1, 10_000, 'the job after the restart');
    expect(ran).toEqual([{ ticket: 'G-7' }]);
    await untilJob(store, 'remind:G-7', 'done');
  });

  it('re-runs a job whose node died mid-run once its lease lapses, and ignores the dead claim', async () => {
    const e = await open();
    const clock = new FakeClock();
    const q = queue(e.store, clock, { leaseMs: 60_000 });
    const attempts: number[] = [];
    q.register('purge', async (_p, ctx) => { attempts.push(ctx.attempt); });
    await q.enqueue('purge', {}, { key: 'purge:1' });
    // A node claims it and dies before finishing (no renewal, no outcome).
    const now = clock.now().getTime();
    const [dead] = await e.store.claimJobs(['purge'], {
      now: new Date(now).toISOString(), owner: 'dead-node', leaseUntil: new Date(now + 60_000).toISOString(), limit: 5,
    });
    expect(dead.key).toBe('purge:1');
    await q.start();
    await clock.advance(59_000);
    await settle();
    expect(attempts).toEqual([]);
    await clock.advance(2_000);
    await until(() => attempts.length === 1, 10_000, 'the re-run');
    expect(attempts).toEqual([2]);
    // The dead node's late outcome cannot overwrite the live one.
    expect(await e.store.settleJob(dead.id, 'dead-node', { status: 'failed', error: 'late' }, clock.now().toISOString())).toBe(false);
    await untilJob(e.store, 'purge:1', 'done');
  });

  it('renews the lease of a long run, so another node never takes it over', async () => {
    const e = await open();
    const other = await e.reopen();
    undo.push(() => other.close());
    const clock = new FakeClock();
    let release = () => {};
    const gate = new Promise<void>((r) => { release = r; });
    const runs: string[] = [];
    const a = queue(e.store, clock, { leaseMs: 30_000 });
    const b = queue(other, clock, { leaseMs: 30_000 });
    a.register('export', async () => { runs.push('a'); await gate; });
    b.register('export', async () => { runs.push('b'); await gate; });
    await a.start();
    await a.enqueue('export', {}, { key: 'export:1' });
    await until(() => runs.length === 1, 10_000, 'the first run');
    await b.start();
    // Three and a half lease lengths pass while the run goes on; its node keeps renewing.
    for (let i = 0; i < 21; i++) {
      await clock.advance(5_000);
      await settle(40);
    }
    expect(runs).toEqual(['a']);
    release();
    await untilJob(e.store, 'export:1', 'done');
    expect(runs).toEqual(['a']);
  });

  it('never hands one due job or mail to two concurrent claimers', async () => {
    const e = await open();
    const other = await e.reopen();
    undo.push(() => other.close());
    const at = '2026-01-01T00:00:00.000Z';
    for (let i = 0; i < 60; i++) {
      await e.store.insertJob({
        id: `j${i}`, name: 'race', key: `race:${i}`, payload: '{}', status: 'queued', runAt: at, attempts: 0, maxAttempts: 3,
        owner: null, leaseUntil: null, lastError: null, createdAt: at, updatedAt: at,
      });
      await e.store.insertMail({
        id: `m${i}`, key: `race:${i}`, to: 'a@example.test', template: 'notice', lang: 'en', data: '{}', subject: 's', text: 't',
        html: 'h', headers: '{}', status: 'queued', attempts: 0, nextAttemptAt: at, owner: null, leaseUntil: null, lastError: null,
        createdAt: at, sentAt: null,
      });
    }
    const q = (owner: string) => ({ now: '2026-01-01T00:00:01.000Z', owner, leaseUntil: '2026-01-01T00:01:00.000Z', limit: 7 });
    const claimers = Array.from({ length: 12 }, (_, i) => (i % 2 ? other : e.store));
    // Rounds of concurrent claims until nothing is left: every row is claimed, none twice.
    const drain = async (claim: (s: Store, owner: string) => Promise<{ id: string }[]>) => {
      const ids: string[] = [];
      for (let round = 0; round < 20; round++) {
        const got = (await Promise.all(claimers.map((s, i) => claim(s, `r${round}c${i}`)))).flat();
        if (!got.length) break;
        ids.push(...got.map((r) => r.id));
      }
      return ids;
    };
    const jobs = await drain((s, owner) => s.claimJobs(['race'], q(owner)));
    const mails = await drain((s, owner) => s.claimMail({ ...q(owner), maxAttempts: 3 }));
    for (const claimed of [jobs, mails]) {
      expect(claimed.length).toBe(60);
      expect(new Set(claimed).size).toBe(60);
    }
  });

  it('marks a job failed when its last allowed run lapsed', async () => {
    const e = await open();
    const clock = new FakeClock();
    const q = queue(e.store, clock);
    let runs = 0;
    q.register('crashy', async () => { runs++; });
    await q.enqueue('crashy', {}, { key: 'crashy:1', maxAttempts: 1 });
    const now = clock.now().getTime();
    await e.store.claimJobs(['crashy'], { now: new Date(now).toISOString(), owner: 'dead', leaseUntil: new Date(now + 1_000).toISOString(), limit: 1 });
    await q.start();
    await clock.advance(5_000);
    await settle();
    expect(runs).toBe(0);
    const job = await e.store.getJob('crashy:1');
    expect(job?.status).toBe('failed');
    expect(job?.lastError).toMatch(/lease lapsed/);
  });

  it('waits the exponential back-off before each retry', async () => {
    const e = await open();
    const clock = new FakeClock();
    const q = queue(e.store, clock, { retry: { attempts: 4, baseMs: 10_000, maxMs: 25_000 }, pollMs: 60_000 });
    const at: number[] = [];
    const t0 = clock.now().getTime();
    q.register('flaky', async () => { at.push(clock.now().getTime() - t0); throw new Error('down'); });
    await q.start();
    await q.enqueue('flaky', {}, { key: 'flaky:1' });
    await until(() => at.length === 1, 10_000, 'the first run');
    // Back-offs 10 s, 20 s, then 40 s capped at 25 s; each checked just before and just after it ends (times from t0).
    for (const [t, expected] of [[9_000, 1], [11_000, 2], [29_500, 2], [32_000, 3], [54_500, 3], [58_000, 4]] as const) {
      await clock.advance(t0 + t - clock.now().getTime());
      if (at.length < expected) await until(() => at.length === expected, 10_000, `run ${expected}`);
      await settle(100);
      expect(at.length).toBe(expected);
    }
    expect((await untilJob(e.store, 'flaky:1', 'failed')).attempts).toBe(4);
  });
});
