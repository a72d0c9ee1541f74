// Two real `charcha serve` processes on one PostgreSQL schema and one Redis: live updates cross nodes, and a node
// killed with SIGKILL in the middle of a stream of posts loses no comment it acknowledged.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, reader } from '../api/harness';
import { readStream, spawnNode, type Node } from '../support/nodes';
import { REDIS_TEST_URL, requireRedis } from '../support/redis';
import { dropSchema, PG_TEST_URL, requirePostgres, schemaUrl, testSchemaName } from '../support/stores';

const ok = (await requirePostgres('multi-node faults')) && (await requireRedis('multi-node faults'));
const STORY = 'https://news.example/stories/multi-node';

describe.skipIf(!ok)('two nodes on PostgreSQL + Redis (real processes)', () => {
  const schema = testSchemaName();
  let a: Node;
  let b: Node;
  let db: pg.Client;
  beforeAll(async () => {
    const env = { DATABASE_URL: schemaUrl(schema), REDIS_URL: REDIS_TEST_URL, CHARCHA_PUBLIC_URL: 'http://comments.test', CHARCHA_ORIGINS: 'https://news.example' };
    // Both start at once: one migrates, the other waits on the migration lock.
    [a, b] = await Promise.all([spawnNode(env), spawnNode(env)]);
    db = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${schema}` });
    await db.connect();
  }, 120_000); // children start in about a second each; far slower on a loaded shared machine
  afterAll(async () => {
    await db?.end();
    await Promise.all([a?.cleanup(), b?.cleanup()]);
    await dropSchema(schema);
  });

  it('a comment posted on node A reaches a stream open on node B', async () => {
    const author = await reader(a.url);
    const first = await author.post('/api/v1/comments', { storyUrl: STORY, body: 'opening the story' });
    expect(first.status).toBe(201);
    const ctrl = new AbortController();
    const res = await fetch(`${b.url}/api/v1/stories/events?storyUrl=${encodeURIComponent(STORY)}`, { signal: ctrl.signal });
    expect(res.status).toBe(200);
    expect((await readStream(res, /connected to/)).text).toMatch(/connected to/);
    const posted = await author.post('/api/v1/comments', { storyUrl: STORY, body: 'from node A to node B' });
    expect(posted.status).toBe(201);
    const { text } = await readStream(res, /event: comment\n/);
    ctrl.abort();
    const data = JSON.parse(text.split('event: comment\ndata: ')[1].split('\n')[0]);
    expect(data).toMatchObject({ id: posted.body.comment.id, body: 'from node A to node B' });
  });

  it('SIGKILL of one node during a stream of posts loses no acknowledged comment; the other node keeps serving', async () => {
    // Signed in on A; the session lives in PostgreSQL, so the same token works on B (nodes hold no state).
    const author = await reader(a.url);
    const acknowledged: string[] = [];
    const failedOnB: string[] = [];
    let n = 0;
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      void a.kill('SIGKILL');
    };
    // Eight posting loops, half on each node. A's loops move to B when A dies, as a load balancer would.
    const loop = async (i: number) => {
      let c = new Client(i % 2 ? b.url : a.url, author.token);
      while (acknowledged.length < 200) {
        let r;
        try {
          r = await c.post('/api/v1/comments', { storyUrl: STORY, body: `stream opinion ${n++}` });
        } catch {
          c = new Client(b.url, author.token);
          continue;
        }
        if (r.status === 201) acknowledged.push(r.body.comment.id);
        else if (c.base === b.url) failedOnB.push(`${r.status} ${r.text}`);
        if (acknowledged.length >= 60) kill();
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => loop(i)));
    expect(killed).toBe(true);
    expect(a.child.signalCode).toBe('SIGKILL');
    expect(failedOnB).toEqual([]);
    const found = await db.query('SELECT id FROM comments WHERE id = ANY($1)', [acknowledged]);
    expect(found.rowCount).toBe(new Set(acknowledged).size);
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    // And B serves them over HTTP (the author sees their own, whatever moderation decided).
    const one = await new Client(b.url, author.token).get(`/api/v1/comments/${acknowledged[0]}`);
    expect(one.status).toBe(200);
  });
});
