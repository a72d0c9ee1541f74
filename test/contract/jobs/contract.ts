// The Queue contract: every adapter schedules by key once, honours run-at, retries, and runs each job exactly once across nodes.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FAST_RETRY, settle, until, type QueueHarness, type QueueHarnessFactory } from './harness';

export function queueContract(factory: QueueHarnessFactory) {
  let h: QueueHarness;
  beforeEach(async () => { h = await factory(); });
  afterEach(async () => { await h.cleanup(); });

  it('runs a job with its payload, key and attempt number', async () => {
    const q = h.node();
    const seen: unknown[] = [];
    q.register('echo', async (payload, ctx) => { seen.push({ payload, ctx }); });
    await q.start();
    await q.enqueue('echo', { ticket: 'G-1', n: [1, 2] }, { key: 'echo:G-1' });
    await until(() => seen.length === 1, 10_000, 'the job to run');
    expect(seen[0]).toEqual({ payload: { ticket: 'G-1', n: [1, 2] }, ctx: { name: 'echo', key: 'echo:G-1', attempt: 1 } });
  });

  it('schedules a key once, however often and from however many nodes it is enqueued', async () => {
    const a = h.node();
    const b = h.node();
    let runs = 0;
    for (const q of [a, b]) q.register('once', async () => { runs++; });
    await Promise.all([a.start(), b.start()]);
    await Promise.all([
      a.enqueue('once', { v: 1 }, { key: 'same' }), b.enqueue('once', { v: 2 }, { key: 'same' }),
      a.enqueue('once', { v: 3 }, { key: 'same' }), b.enqueue('once', { v: 4 }, { key: 'same' }),
    ]);
    await until(() => runs >= 1, 10_000, 'the job to run');
    // After it ran, the key is still taken.
    await a.enqueue('once', { v: 5 }, { key: 'same' });
    await settle();
    expect(runs).toBe(1);
  });

  it('does not run a job before its run-at time, and runs it once the time has come', async () => {
    const q = h.node();
    let runs = 0;
    q.register('later', async () => { runs++; });
    await q.start();
    await q.enqueue('later', {}, { key: 'later-1', runAt: new Date(h.now().getTime() + 2_000) });
    await h.advance(1_000);
    await settle();
    expect(runs).toBe(0);
    await h.advance(1_500);
    await until(() => runs === 1, 10_000, 'the job to run once due');
  });

  it('retries a failed run after a back-off, with the attempt number', async () => {
    const q = h.node({ retry: FAST_RETRY });
    const attempts: number[] = [];
    q.register('flaky', async (_p, ctx) => {
      attempts.push(ctx.attempt);
      if (ctx.attempt === 1) throw new Error('SMTP said no');
    });
    await q.start();
    await q.enqueue('flaky', {}, { key: 'flaky-1' });
    await until(() => attempts.length === 1, 10_000, 'the first run');
    await h.advance(FAST_RETRY.baseMs + 200);
    await until(() => attempts.length === 2, 10_000, 'the retry');
    await h.advance(FAST_RETRY.maxMs * 2);
    await settle();
    expect(attempts).toEqual([1, 2]);
  });

  it('stops after its attempts run out', async () => {
    const q = h.node({ retry: FAST_RETRY });
    let runs = 0;
    q.register('broken', async () => { runs++; throw new Error('always'); });
    await q.start();
    await q.enqueue('broken', {}, { key: 'broken-1' });
    for (let i = 0; i < 6 && runs < FAST_RETRY.attempts; i++) {
      await settle(250);
      await h.advance(FAST_RETRY.maxMs + 100);
    }
    await until(() => runs === FAST_RETRY.attempts, 10_000, 'every attempt');
    await h.advance(FAST_RETRY.maxMs * 2);
    await settle();
    expect(runs).toBe(FAST_RETRY.attempts);
  });

  it('runs each of N jobs from each of two nodes exactly once', async () => {
    const N = 40;
    const nodes = [h.node(), h.node()];
    const runs = new Map<string, number>();
    for (const q of nodes) {
      q.register('count', async (p: { id: string }) => {
        await new Promise((r) => setTimeout(r, 2));
        runs.set(p.id, (runs.get(p.id) ?? 0) + 1);
      });
    }
    await Promise.all(nodes.map((q) => q.start()));
    const ids = (n: number) => Array.from({ length: N }, (_, i) => `n${n}-${i}`);
    // Each node enqueues its own N jobs, and also the other node's (those must not schedule twice).
    await Promise.all(nodes.map(async (q, n) => {
      for (const id of [...ids(n), ...ids(1 - n)]) await q.enqueue('count', { id }, { key: `count:${id}` });
    }));
    await until(() => runs.size === 2 * N, 30_000, 'every job to run');
    await settle();
    expect([...runs.values()].reduce((a, b) => a + b, 0)).toBe(2 * N);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it('close() waits for the run in progress and then takes no more jobs', async () => {
    const q = h.node();
    let finished = 0;
    let started = 0;
    q.register('slow', async () => {
      started++;
      await new Promise((r) => setTimeout(r, 300));
      finished++;
    });
    await q.start();
    await q.enqueue('slow', {}, { key: 'slow-1' });
    await until(() => started === 1, 10_000, 'the run to start');
    await q.close();
    expect(finished).toBe(1);
    // Scheduled after close: this node must not run it.
    await h.node().enqueue('slow', {}, { key: 'slow-2' });
    await settle();
    expect(started).toBe(1);
  });
}
