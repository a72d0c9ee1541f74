// Two app nodes over one store and Redis pub/sub: a comment posted on node A reaches a stream open on node B.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main';
import { sqliteTestStore, type TestStore } from '../support/stores';
import { Client, reader, testConfig } from './harness';
import { REDIS_TEST_URL as REDIS_URL, requireRedis } from '../support/redis';

const ok = await requireRedis('scale-out');

describe.skipIf(!ok)('two nodes with REDIS_URL', () => {
  let ts: TestStore;
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    ts = await sqliteTestStore();
    a = await startServer(testConfig({ redisUrl: REDIS_URL }), { store: ts.store });
    b = await startServer(testConfig({ redisUrl: REDIS_URL }), { store: ts.store });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await ts?.cleanup();
  });

  it('relays live events between nodes', async () => {
    const author = await reader(a.url);
    const storyUrl = `${a.url}/stories/two-nodes`;
    await author.post('/api/v1/stories', { url: storyUrl, title: 'Two nodes' }, { origin: a.url });
    const ctrl = new AbortController();
    const res = await fetch(`${b.url}/api/v1/stories/events?storyUrl=${encodeURIComponent(storyUrl)}`, { signal: ctrl.signal });
    const stream = res.body!.getReader();
    const posted = await new Client(a.url, author.token).post('/api/v1/comments', { storyUrl, body: 'from node A' });
    expect(posted.status).toBe(201);
    let buf = '';
    while (!buf.includes('event: comment\n')) {
      const { value, done } = await stream.read();
      if (done) throw new Error('stream ended');
      buf += new TextDecoder().decode(value);
    }
    const data = JSON.parse(buf.split('event: comment\ndata: ')[1].split('\n')[0]);
    expect(data).toMatchObject({ id: posted.body.comment.id, body: 'from node A' });
    ctrl.abort();
  });
});
