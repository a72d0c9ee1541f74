// A story with 100,000 comments on PostgreSQL pages through the index: each page reads about `limit` rows, never the thread.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main';
import { wordListModerator } from '../../src/moderation/wordlist';
import { numberedPlaceholders, type Executor, type Param, type Row } from '../../src/store/sql/executor';
import { listThread } from '../../src/store/sql/thread';
import type { ThreadQuery } from '../../src/store/store';
import { Client, reader, testConfig } from '../api/harness';
import { PG_TEST_URL, postgresTestStore, requirePostgres, type TestStore } from '../support/stores';

const ok = await requirePostgres('big thread on PostgreSQL');
const BULK = 100_000;

interface Statement { sql: string; params: Param[]; rows: number }

/** An executor over the test schema that records every statement and how many rows it returned. */
function recording(pool: pg.Pool, log: Statement[]): Executor {
  const run = async (sql: string, params: Param[] = []) => {
    const r = await pool.query(numberedPlaceholders(sql), params.map((p) => p ?? null));
    log.push({ sql, params, rows: r.rowCount ?? r.rows.length });
    return r;
  };
  return {
    all: async <T = Row>(sql: string, params?: Param[]) => (await run(sql, params)).rows as T[],
    get: async <T = Row>(sql: string, params?: Param[]) => (await run(sql, params)).rows[0] as T | undefined,
    run: async (sql, params) => (await run(sql, params)).rowCount ?? 0,
  };
}

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; 'Actual Rows'?: number; Plans?: PlanNode[] };
const walk = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(walk)];

describe.skipIf(!ok)('a 100,000-comment story on PostgreSQL', () => {
  let ts: TestStore & { schema: string };
  let server: RunningServer;
  let pool: pg.Pool;
  let storyId: string;
  let storyUrl: string;
  let author: Client;

  beforeAll(async () => {
    ts = await postgresTestStore();
    server = await startServer(testConfig(), { store: ts.store, moderator: wordListModerator() });
    author = await reader(server.url);
    storyUrl = `${server.url}/stories/breaking`;
    const first = await author.post('/api/v1/comments', { storyUrl, body: 'The first opinion' });
    expect(first.status).toBe(201);
    const reply = await author.post('/api/v1/comments', { storyUrl, body: 'A reply to it', parentId: first.body.comment.id });
    expect(reply.status).toBe(201);
    storyId = first.body.comment.storyId ?? (await ts.store.getComment(first.body.comment.id))!.storyId;
    pool = new pg.Pool({ connectionString: PG_TEST_URL, options: `-c search_path=${ts.schema}`, max: 2 });
    // Bulk insert: copies of the first comment, one a second, in one statement (columns read from the schema, so
    // later migrations' columns are copied too).
    const cols = (await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'comments' ORDER BY ordinal_position`, [ts.schema])).rows.map((r) => r.column_name as string);
    const newId = `'bulk_' || lpad(g::text, 6, '0')`;
    const values: Record<string, string> = {
      id: newId, root_id: newId, parent_id: 'NULL', body: `'Bulk opinion ' || g`,
      created_at: `to_char(timestamp '2026-01-01' + g * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    };
    await pool.query(`INSERT INTO comments (${cols.join(', ')}) SELECT ${cols.map((c) => values[c] ?? `c.${c}`).join(', ')} FROM comments c, generate_series(1, ${BULK}) g WHERE c.id = $1`, [first.body.comment.id]);
    await pool.query('UPDATE stories SET version = version + 1 WHERE id = $1', [storyId]);
    await pool.query('ANALYZE comments');
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    await server?.close();
    await ts?.cleanup();
  });

  it('holds the comments', async () => {
    const n = (await pool.query('SELECT COUNT(*)::int AS n FROM comments WHERE story_id = $1', [storyId])).rows[0].n;
    expect(n).toBe(BULK + 2);
  });

  it.each(['newest', 'oldest', 'reactions'] as const)('a %s page is two statements, each bounded by the page size, served from the index', async (sort) => {
    for (let page = 0, cursor: string | undefined; page < 2; page++) {
      const log: Statement[] = [];
      const q: ThreadQuery = { storyId, sort, limit: 50, cursor, statuses: ['approved'], viewerId: undefined };
      const result = await listThread(recording(pool, log), q);
      expect(result.nextCursor).not.toBeNull();
      cursor = result.nextCursor!;
      expect(log).toHaveLength(2);
      const [top, replies] = log;
      expect(top.sql).toMatch(/ORDER BY \w+ (DESC|ASC), id (DESC|ASC) LIMIT \?$/);
      expect(top.params.at(-1)).toBe(51); // one more than the page, to know whether there is a next one
      expect(top.rows).toBe(51);
      // Replies are fetched for this page's 50 roots only.
      expect(replies.sql).toMatch(/root_id IN \((\?, ){49}\?\)/);

      const [{ 'QUERY PLAN': [plan] }] = (await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${numberedPlaceholders(top.sql)}`, top.params)).rows;
      const nodes = walk(plan.Plan as PlanNode);
      expect(nodes.map((n) => n['Node Type'])).not.toContain('Seq Scan');
      expect(nodes.map((n) => n['Node Type'])).not.toContain('Sort');
      const scan = nodes.find((n) => n['Relation Name'] === 'comments')!;
      expect(scan['Index Name']).toBe(sort === 'reactions' ? 'comments_thread_reactions' : 'comments_thread_time');
      // The scan stops after the page: it reads about 51 rows of the 100,002, not the thread.
      expect(scan['Actual Rows']).toBeLessThanOrEqual(51);
    }
  });

  it('pages through HTTP with a cursor, 50 at a time, without repeats', async () => {
    const anon = new Client(server.url);
    const one = await anon.get(`/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&limit=50&sort=oldest`);
    expect(one.status).toBe(200);
    expect(one.body.comments).toHaveLength(50);
    expect(one.body.comments[0].body).toBe('Bulk opinion 1');
    const two = await anon.get(`/api/v1/comments?storyUrl=${encodeURIComponent(storyUrl)}&limit=50&sort=oldest&cursor=${one.body.nextCursor}`);
    expect(two.status).toBe(200);
    expect(two.body.comments).toHaveLength(50);
    const ids = new Set([...one.body.comments, ...two.body.comments].map((c: { id: string }) => c.id));
    expect(ids.size).toBe(100);
    expect(two.body.comments[49].body).toBe('Bulk opinion 100');
  });
});
