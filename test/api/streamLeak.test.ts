// A reader who leaves while their event stream is still subscribing (Redis is a round trip away) leaves nothing behind.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { memoryHub, type Hub } from '../../src/realtime/hub';
import { sqliteTestStore, type TestStore } from '../support/stores';
import { testConfig } from './harness';

/** An in-process hub whose subscribe waits until the test lets it go, counting live subscriptions. */
function slowHub() {
  const inner = memoryHub();
  let release!: () => void;
  let gate = new Promise<void>((r) => { release = r; });
  let entered!: () => void;
  let waiting = new Promise<void>((r) => { entered = r; });
  const state = { live: 0, subscribed: 0 };
  const hub: Hub = {
    publish: (id, e) => inner.publish(id, e),
    subscribe: async (id, l) => {
      entered();
      await gate;
      const off = await inner.subscribe(id, l);
      state.live++;
      state.subscribed++;
      return () => { state.live--; off(); };
    },
    close: () => inner.close(),
  };
  return {
    hub, state,
    get waiting() { return waiting; },
    release: () => release(),
    /** Closes the gate again for the next subscriber. */
    rearm: () => {
      gate = new Promise<void>((r) => { release = r; });
      waiting = new Promise<void>((r) => { entered = r; });
    },
  };
}

describe('event stream closed during subscribe (sqlite)', () => {
  let ts: TestStore;
  let server: RunningServer;
  const slow = slowHub();
  const config = testConfig();
  beforeAll(async () => {
    ts = await sqliteTestStore();
    server = await startServer(config, { store: ts.store, moderator: wordListModerator(), hub: slow.hub });
  });
  afterAll(async () => {
    await server?.close();
    await ts?.cleanup();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('unsubscribes when the reader went away before the subscription was confirmed', async () => {
    const abort = new AbortController();
    const storyUrl = `${server.url}/stories/leaving`;
    const req = fetch(`${server.url}/api/v1/stories/events?storyUrl=${encodeURIComponent(storyUrl)}`, { signal: abort.signal }).catch(() => null);
    await slow.waiting;
    abort.abort();
    await req;
    // Give the server's socket its close event before the subscription completes.
    await new Promise((r) => setTimeout(r, 100));
    slow.release();
    await expect.poll(() => slow.state.subscribed, { timeout: 5000 }).toBe(1);
    // The server's handler resumes right after subscribe resolves; let it run, then nothing may be left subscribed.
    await new Promise((r) => setImmediate(r));
    await expect.poll(() => slow.state.live, { timeout: 5000 }).toBe(0);
    // …and a stream opened afterwards still works and is counted.
    const res = await fetch(`${server.url}/api/v1/stories/events?storyUrl=${encodeURIComponent(storyUrl)}`);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    await expect.poll(() => slow.state.live, { timeout: 5000 }).toBe(1);
    await res.body?.cancel();
    await expect.poll(() => slow.state.live, { timeout: 5000 }).toBe(0);
  });

  it('the staff stream too', async () => {
    const email = 'leak-admin@example.test';
    await ensureAdminUser({ store: ts.store, now: () => new Date() }, { siteId: server.deps.siteId, email, password: 'admin password here' });
    const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'admin password here' }) });
    const { token } = await login.json() as { token: string };
    slow.rearm();
    const before = slow.state.subscribed;
    const abort = new AbortController();
    const req = fetch(`${server.url}/api/v1/admin/events`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal }).catch(() => null);
    await slow.waiting;
    abort.abort();
    await req;
    await new Promise((r) => setTimeout(r, 100));
    slow.release();
    await expect.poll(() => slow.state.subscribed, { timeout: 5000 }).toBe(before + 1);
    await new Promise((r) => setImmediate(r));
    await expect.poll(() => slow.state.live, { timeout: 5000 }).toBe(0);
  });
});
