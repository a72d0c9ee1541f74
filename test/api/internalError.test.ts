// A failure inside the server (here a store that breaks) is a logged 500 `internal` problem, and the process serves on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main';
import type { Store } from '../../src/store/store';
import { sqliteTestStore, type TestStore } from '../support/stores';
import { Client, expectProblem, testConfig } from './harness';

describe('internal errors', () => {
  let ts: TestStore;
  let server: RunningServer;
  let failing = false;
  beforeAll(async () => {
    ts = await sqliteTestStore();
    // The real store, except that (once started) reading a policy fails as a lost disk or dropped connection would.
    const broken = new Proxy(ts.store, {
      get(target, prop, receiver) {
        if (prop === 'getPolicy' && failing) return async () => { throw new Error('disk I/O error'); };
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as Store;
    server = await startServer(testConfig(), { store: broken });
    failing = true;
  });
  afterAll(async () => {
    await server?.close();
    await ts?.cleanup();
  });

  it('answers 500 internal as problem+json without the cause, and keeps serving', async () => {
    const c = new Client(server.url);
    const r = await c.get('/api/v1/policy');
    expectProblem(r, 500, 'internal');
    expect(r.text).not.toContain('disk I/O error');
    expect((await c.get('/healthz')).status).toBe(200);
  });
});
