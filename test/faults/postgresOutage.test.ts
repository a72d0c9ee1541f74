// PostgreSQL out of reach during a stream of posts (a TCP proxy between the node and the machine's server is cut,
// then restored): clients get 503 store_unavailable with Retry-After, nothing acknowledged is lost, and the node
// serves again by itself.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, expectProblem, reader, type Res } from '../api/harness';
import { eventually, spawnNode, type Node } from '../support/nodes';
import { dropSchema, PG_TEST_URL, requirePostgres, schemaUrl, testSchemaName } from '../support/stores';
import { tcpProxy, type TcpProxy } from '../support/tcpProxy';

const ok = await requirePostgres('PostgreSQL outage');
const STORY = 'https://news.example/stories/pg-outage';

describe.skipIf(!ok)('PostgreSQL unavailable during a stream of posts', () => {
  const schema = testSchemaName();
  let proxy: TcpProxy;
  let node: Node;
  let db: pg.Client;
  beforeAll(async () => {
    const target = new URL(PG_TEST_URL);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(schemaUrl(schema));
    viaProxy.host = proxy.address;
    node = await spawnNode({ DATABASE_URL: viaProxy.toString(), CHARCHA_ORIGINS: 'https://news.example' });
    // The test's own view of the data goes straight to the server, not through the proxy.
    db = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${schema}` });
    await db.connect();
  }, 120_000); // children start in about a second each; far slower on a loaded shared machine
  afterAll(async () => {
    await db?.end();
    await node?.cleanup();
    await proxy?.close();
    await dropSchema(schema);
  });

  it('answers 503 with Retry-After during the outage, loses nothing acknowledged, and resumes', async () => {
    const author = await reader(node.url);
    const acknowledged: string[] = [];
    const refused: Res[] = [];
    const unexpected: string[] = [];
    let phase: 'before' | 'down' | 'after' = 'before';
    let afterAcks = 0;
    let n = 0;
    const loop = async () => {
      const c = new Client(node.url, author.token);
      while (phase !== 'after' || afterAcks < 40) {
        const r = await c.post('/api/v1/comments', { storyUrl: STORY, body: `outage opinion ${n++}` });
        if (r.status === 201) {
          acknowledged.push(r.body.comment.id);
          if (phase === 'after') afterAcks++;
        } else if (r.status === 503) {
          refused.push(r);
          await new Promise((res) => setTimeout(res, 50));
        } else {
          unexpected.push(`${r.status} ${r.text}`);
        }
      }
    };
    const posting = Promise.all(Array.from({ length: 4 }, loop));
    expect(await eventually(async () => acknowledged.length >= 30, 15_000)).toBe(true);
    proxy.cut();
    phase = 'down';
    // While it is down, requests are refused quickly with the problem+json the docs promise.
    expect(await eventually(async () => refused.length >= 10, 10_000)).toBe(true);
    await new Promise((res) => setTimeout(res, 1_000));
    const health = await new Client(node.url).get('/healthz');
    expect(health.status).toBe(200); // the process itself is alive: a load balancer must not take it out
    proxy.restore();
    phase = 'after';
    await posting;

    expect(unexpected).toEqual([]);
    for (const r of refused) {
      expectProblem(r, 503, 'store_unavailable');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const found = await db.query('SELECT id FROM comments WHERE id = ANY($1)', [acknowledged]);
    expect(found.rowCount).toBe(new Set(acknowledged).size);
    expect(afterAcks).toBeGreaterThanOrEqual(40);
  });
});
