// Redis out of reach (a TCP proxy between two nodes and the machine's Redis is cut, then restored): posting, reading
// and signing in keep working, live streams end and new ones are refused with 503 live_unavailable so readers poll
// the thread (ETag), and live updates cross nodes again once Redis is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, expectProblem, reader, widgetClient } from '../api/harness';
import { eventually, readStream, spawnNode, type Node } from '../support/nodes';
import { REDIS_TEST_URL, requireRedis } from '../support/redis';
import { dropSchema, requirePostgres, schemaUrl, testSchemaName } from '../support/stores';
import { tcpProxy, type TcpProxy } from '../support/tcpProxy';

const ok = (await requirePostgres('Redis outage')) && (await requireRedis('Redis outage'));
const STORY = 'https://news.example/stories/redis-outage';
const events = (base: string, signal?: AbortSignal) => fetch(`${base}/api/v1/stories/events?storyUrl=${encodeURIComponent(STORY)}`, { signal });

describe.skipIf(!ok)('Redis unavailable', () => {
  const schema = testSchemaName();
  let proxy: TcpProxy;
  let a: Node;
  let b: Node;
  beforeAll(async () => {
    const target = new URL(REDIS_TEST_URL);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const env = { DATABASE_URL: schemaUrl(schema), REDIS_URL: `redis://${proxy.address}`, CHARCHA_PUBLIC_URL: 'http://comments.test', CHARCHA_ORIGINS: 'https://news.example' };
    [a, b] = await Promise.all([spawnNode(env), spawnNode(env)]);
  }, 120_000); // children start in about a second each; far slower on a loaded shared machine
  afterAll(async () => {
    await Promise.all([a?.cleanup(), b?.cleanup()]);
    await proxy?.close();
    await dropSchema(schema);
  });

  it('keeps posting and reading, falls back to polling, and recovers when Redis returns', async () => {
    const author = await reader(a.url);
    const opening = await author.post('/api/v1/comments', { storyUrl: STORY, body: 'before the outage' });
    expect(opening.status).toBe(201);
    const ctrl = new AbortController();
    const live = await events(b.url, ctrl.signal);
    expect(live.status).toBe(200);
    expect((await readStream(live, /connected to/)).text).toMatch(/connected to/);

    proxy.cut();
    // The open stream ends at once instead of going silent: the widget's EventSource errors and it starts polling.
    const rest = await readStream(live, /(?!)/, 5_000);
    expect(rest.ended).toBe(true);
    // A new stream is refused, with when to try again.
    const refused = await events(b.url);
    const text = await refused.text();
    expectProblem({ status: refused.status, headers: refused.headers, body: JSON.parse(text), text }, 503, 'live_unavailable');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // Polling the thread on B: the page and its ETag, unchanged (304) until a comment posted on A arrives.
    const poller = new Client(b.url);
    const page = `/api/v1/comments?storyUrl=${encodeURIComponent(STORY)}`;
    const before = await poller.get(page);
    expect(before.status).toBe(200);
    const etag = before.headers.get('etag')!;
    expect((await poller.get(page, { 'if-none-match': etag })).status).toBe(304);
    for (let i = 0; i < 5; i++) {
      const r = await author.post('/api/v1/comments', { storyUrl: STORY, body: `during the outage ${i}` });
      expect(r.status).toBe(201); // the write limiter falls back to this node's own buckets
    }
    const after = await poller.get(page, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.body.comments.map((c: { body: string }) => c.body)).toContain('during the outage 4');
    // Signing in works too (the per-account throttle falls back to this node's counters).
    await widgetClient(b.url, (author as unknown as { email: string }).email);

    proxy.restore();
    // ioredis reconnects by itself (back-off up to 2 s); then streams are accepted again and carry A's posts to B.
    expect(await eventually(async () => {
      const r = await events(b.url);
      const up = r.status === 200;
      await r.body?.cancel();
      return up;
    }, 15_000)).toBe(true);
    const ctrl2 = new AbortController();
    const back = await events(b.url, ctrl2.signal);
    expect((await readStream(back, /connected to/)).text).toMatch(/connected to/);
    // A's publisher may still be reconnecting: post until one reaches B's stream.
    let got = '';
    expect(await eventually(async () => {
      const posted = await author.post('/api/v1/comments', { storyUrl: STORY, body: 'after the outage' });
      if (posted.status !== 201) return false;
      got += (await readStream(back, /event: comment\n/, 1_000)).text;
      return got.includes('after the outage');
    }, 15_000)).toBe(true);
    ctrl.abort();
    ctrl2.abort();
  });
});
