// The Queue contract on each adapter: the store scheduler on SQLite and on PostgreSQL (fake clock), and BullMQ on Redis.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { describe } from 'vitest';
import { bullQueue } from '../../../src/jobs/bullQueue';
import { systemClock } from '../../../src/jobs/clock';
import type { Queue } from '../../../src/jobs/queue';
import { storeQueue } from '../../../src/jobs/storeQueue';
import { openStore } from '../../../src/store/open';
import type { Store } from '../../../src/store/store';
import { FakeClock } from '../../support/fakeClock';
import { REDIS_TEST_URL, requireRedis } from '../../support/redis';
import { postgresTestStore, requirePostgres, sqliteTestStore } from '../../support/stores';
import { queueContract } from './contract';
import type { QueueHarness } from './harness';

const quiet = { warn: () => {}, error: () => {} };

/** Nodes alternate between two connections to the same database, as two processes would have. */
function storeHarness(stores: [Store, Store], cleanup: () => Promise<void>): QueueHarness {
  const clock = new FakeClock();
  const nodes: Queue[] = [];
  return {
    node: (opts) => {
      const q = storeQueue({ store: stores[nodes.length % 2], clock, log: quiet }, { retry: opts?.retry, pollMs: 200, graceMs: 2_000 });
      nodes.push(q);
      return q;
    },
    now: () => clock.now(),
    advance: (ms) => clock.advance(ms),
    cleanup: async () => {
      await Promise.all(nodes.map((q) => q.close()));
      await cleanup();
    },
  };
}

describe('Queue contract: store scheduler on SQLite', () => {
  queueContract(async () => {
    const ts = await sqliteTestStore();
    const second = await openStore({ dataDir: ts.dataDir, databaseUrl: null });
    return storeHarness([ts.store, second], async () => { await second.close(); await ts.cleanup(); });
  });
});

const hasPg = await requirePostgres('Queue contract: PostgreSQL');
describe.skipIf(!hasPg)('Queue contract: store scheduler on PostgreSQL', () => {
  queueContract(async () => {
    const ts = await postgresTestStore();
    const second = await openStore({ dataDir: os.tmpdir(), databaseUrl: ts.url });
    return storeHarness([ts.store, second], async () => { await second.close(); await ts.cleanup(); });
  });
});

const hasRedis = await requireRedis('Queue contract: BullMQ');
describe.skipIf(!hasRedis)('Queue contract: BullMQ on Redis', () => {
  queueContract(async () => {
    const prefix = `charcha-test-${randomBytes(6).toString('hex')}`;
    const clock = systemClock();
    const nodes: ReturnType<typeof bullQueue>[] = [];
    return {
      node: (opts) => {
        const q = bullQueue({ redisUrl: REDIS_TEST_URL, clock, log: quiet }, { prefix, retry: opts?.retry });
        nodes.push(q);
        return q;
      },
      now: () => clock.now(),
      // BullMQ keeps its delays in Redis on real time: letting time pass means waiting for it.
      advance: (ms) => new Promise((r) => setTimeout(r, ms)),
      cleanup: async () => {
        await Promise.all(nodes.map((q) => q.close()));
        const sweeper = bullQueue({ redisUrl: REDIS_TEST_URL, clock, log: quiet }, { prefix });
        await sweeper.obliterate();
        await sweeper.close();
      },
    };
  });
});
