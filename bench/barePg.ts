// The PostgreSQL baseline of `npm run bench:http -- --pg`: a bare Fastify 5 + pg server doing the same database work as
// Charcha's hot routes on PostgreSQL (bearer session, one transaction per post with the audit table locked for its hash
// chain, uncached thread pages, SSE fan-out), and nothing else. Same routes and answers as bench/bare.ts.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import Fastify, { type FastifyRequest } from 'fastify';
import pg from 'pg';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT NULL, display_name TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, url TEXT UNIQUE NOT NULL, version INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS comments (
  id TEXT PRIMARY KEY, story_id TEXT NOT NULL, parent_id TEXT, root_id TEXT NOT NULL, author_id TEXT NOT NULL, body TEXT NOT NULL,
  status TEXT NOT NULL, reaction_count INTEGER NOT NULL DEFAULT 0, reply_count INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_thread_time ON comments (story_id, created_at, id) WHERE parent_id IS NULL;
CREATE INDEX IF NOT EXISTS comments_root ON comments (root_id, created_at, id);
CREATE TABLE IF NOT EXISTS revisions (comment_id TEXT NOT NULL, rev INTEGER NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (comment_id, rev));
CREATE TABLE IF NOT EXISTS reactions (comment_id TEXT NOT NULL, user_id TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (comment_id, user_id));
CREATE TABLE IF NOT EXISTS audit_log (seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target_id TEXT NOT NULL, data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
`;

interface Row { [k: string]: any }

/** `databaseUrl`: a scratch database of its own (the bench creates and drops it). Pool of 10, as Charcha's default. */
export async function barePgServer(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  await pool.query(SCHEMA);
  const one = async (sql: string, args: unknown[]): Promise<Row | undefined> => (await pool.query({ text: sql, values: args })).rows[0];
  const all = async (sql: string, args: unknown[]): Promise<Row[]> => (await pool.query({ text: sql, values: args })).rows;
  const tx = async (fn: (c: pg.PoolClient) => Promise<void>) => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await fn(c);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  };
  const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
  const appendAudit = async (c: pg.PoolClient, at: string, actor: string, action: string, target: string, data: unknown) => {
    // As Charcha on PostgreSQL: the chain's head is read under an exclusive lock, so concurrent posts cannot fork it.
    await c.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
    const prev = ((await c.query('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows[0] as Row | undefined)?.hash ?? '0'.repeat(64);
    const json = JSON.stringify(data);
    await c.query({ text: 'INSERT INTO audit_log (at, actor, action, target_id, data, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      values: [at, actor, action, target, json, prev, createHash('sha256').update(prev + at + actor + action + target + json).digest('hex')] });
  };
  const postTx = (p: Row) => tx(async (c) => {
    await c.query({ text: 'INSERT INTO comments (id, story_id, parent_id, root_id, author_id, body, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      values: [p.id, p.storyId, p.parentId, p.rootId, p.authorId, p.body, p.status, p.createdAt] });
    await c.query({ text: 'INSERT INTO revisions (comment_id, rev, body, at) VALUES ($1, 1, $2, $3)', values: [p.id, p.body, p.createdAt] });
    if (p.parentId) await c.query({ text: 'UPDATE comments SET reply_count = reply_count + 1 WHERE id = $1', values: [p.parentId] });
    await c.query({ text: 'UPDATE stories SET version = version + 1 WHERE id = $1', values: [p.storyId] });
    await appendAudit(c, p.createdAt, p.authorId, 'comment.post', p.id, { storyId: p.storyId, parentId: p.parentId });
  });
  const listeners = new Map<string, Set<ServerResponse>>();

  const app = Fastify({ logger: false });
  const viewer = async (req: FastifyRequest): Promise<Row | null> => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return null;
    const s = await one('SELECT * FROM sessions WHERE token_hash = $1', [hashOf(token)]);
    if (!s || s.expires_at <= new Date().toISOString()) return null;
    return (await one('SELECT * FROM users WHERE id = $1', [s.user_id])) ?? null;
  };
  const storyOf = async (url: string): Promise<Row> => {
    const s = await one('SELECT * FROM stories WHERE url = $1', [url]);
    if (s) return s;
    await pool.query({ text: 'INSERT INTO stories (id, url) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING', values: [randomUUID(), url] });
    return (await one('SELECT * FROM stories WHERE url = $1', [url]))!;
  };
  const present = (c: Row, authors: Map<string, Row>, reacted?: Set<string>) => ({
    id: c.id, storyId: c.story_id, parentId: c.parent_id, status: c.status, body: c.body,
    author: { id: c.author_id, displayName: authors.get(c.author_id)?.display_name ?? 'Unknown reader' },
    createdAt: c.created_at, editedAt: null, reactionCount: c.reaction_count, replyCount: c.reply_count,
    ...(reacted ? { reacted: reacted.has(c.id) } : {}),
  });

  app.post<{ Body: { email: string; displayName: string } }>('/api/v1/auth/register', async (req, reply) => {
    const id = randomUUID();
    await pool.query({ text: 'INSERT INTO users (id, email, display_name, created_at) VALUES ($1, $2, $3, $4)', values: [id, req.body.email, req.body.displayName, new Date().toISOString()] });
    const token = randomBytes(32).toString('base64url');
    await pool.query({ text: 'INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', values: [hashOf(token), id, new Date(Date.now() + 86_400_000).toISOString()] });
    reply.code(201);
    return { token, user: { id } };
  });

  app.post<{ Body: { storyUrl: string; parentId?: string | null; body: string; status?: string } }>('/api/v1/comments', {
    schema: { body: { type: 'object', required: ['storyUrl', 'body'], properties: { storyUrl: { type: 'string' }, parentId: { type: ['string', 'null'] }, body: { type: 'string' }, status: { type: 'string' } } } },
  }, async (req, reply) => {
    const user = await viewer(req);
    if (!user) return reply.code(401).send({ code: 'unauthorized' });
    const story = await storyOf(req.body.storyUrl);
    const parentId = req.body.parentId ?? null;
    const rootId = parentId ? (await one('SELECT root_id FROM comments WHERE id = $1', [parentId]))?.root_id : null;
    const c = { id: randomUUID(), storyId: story.id, parentId, rootId: rootId ?? null, authorId: user.id, body: req.body.body, status: req.body.status ?? 'approved', createdAt: new Date().toISOString() };
    if (!c.rootId) c.rootId = c.id;
    await postTx(c);
    const out = present({ id: c.id, story_id: c.storyId, parent_id: c.parentId, status: c.status, body: c.body, author_id: user.id, created_at: c.createdAt, reaction_count: 0, reply_count: 0 }, new Map([[user.id, user]]));
    if (c.status === 'approved') {
      const event = `event: comment\ndata: ${JSON.stringify(out)}\n\n`;
      for (const res of listeners.get(story.id) ?? []) res.write(event);
    }
    reply.code(201);
    return { comment: out };
  });

  app.post<{ Params: { id: string } }>('/api/v1/comments/:id/reactions', async (req, reply) => {
    const user = await viewer(req);
    if (!user) return reply.code(401).send({ code: 'unauthorized' });
    await tx(async (c) => {
      const added = await c.query({ text: 'INSERT INTO reactions (comment_id, user_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', values: [req.params.id, user.id, new Date().toISOString()] });
      if (added.rowCount) await c.query({ text: 'UPDATE comments SET reaction_count = reaction_count + 1 WHERE id = $1', values: [req.params.id] });
    });
    return { commentId: req.params.id, reacted: true };
  });

  app.get<{ Querystring: { storyUrl: string; limit?: number } }>('/api/v1/comments', {
    schema: { querystring: { type: 'object', required: ['storyUrl'], properties: { storyUrl: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 } } } },
  }, async (req, reply) => {
    const user = await viewer(req);
    const story = await storyOf(req.query.storyUrl);
    const limit = req.query.limit ?? 50;
    const me = user?.id ?? '';
    const tops = await all(`SELECT * FROM comments WHERE story_id = $1 AND parent_id IS NULL AND (status = 'approved' OR author_id = $2)
      ORDER BY created_at DESC, id DESC LIMIT $3`, [story.id, me, limit + 1]);
    const more = tops.length > limit;
    if (more) tops.pop();
    const ids = tops.map((t) => t.id);
    const replies = await all(`SELECT * FROM comments WHERE root_id = ANY($1) AND parent_id IS NOT NULL AND (status = 'approved' OR author_id = $2)
      ORDER BY created_at, id`, [ids, me]);
    const byRoot = new Map<string, Row[]>();
    for (const r of replies) byRoot.set(r.root_id, [...(byRoot.get(r.root_id) ?? []), r]);
    const list = tops.flatMap((t) => [t, ...(byRoot.get(t.id) ?? [])]);
    const authorIds = [...new Set(list.map((c) => c.author_id))];
    const authors = new Map((await all('SELECT * FROM users WHERE id = ANY($1)', [authorIds])).map((u) => [u.id as string, u]));
    let reacted: Set<string> | undefined;
    if (user) {
      const rows = await all('SELECT comment_id FROM reactions WHERE user_id = $1 AND comment_id = ANY($2)', [user.id, list.map((c) => c.id)]);
      reacted = new Set(rows.map((r) => r.comment_id as string));
    }
    const last = tops[tops.length - 1];
    reply.header('cache-control', 'private, no-cache');
    return {
      story: { id: story.id, url: story.url, title: '', closed: false },
      comments: list.map((c) => present(c, authors, reacted)),
      nextCursor: more && last ? Buffer.from(JSON.stringify(['newest', last.created_at, last.id])).toString('base64url') : null,
    };
  });

  app.get<{ Querystring: { storyUrl: string } }>('/api/v1/stories/events', async (req, reply) => {
    const story = await storyOf(req.query.storyUrl);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive' });
    res.write(`retry: 3000\n: connected to ${story.id}\n\n`);
    let set = listeners.get(story.id);
    if (!set) listeners.set(story.id, (set = new Set()));
    set.add(res);
    res.on('error', () => undefined);
    res.on('close', () => set.delete(res));
  });
  app.addHook('preClose', async () => {
    for (const set of listeners.values()) for (const res of set) res.end();
  });
  app.addHook('onClose', async () => pool.end());
  return app;
}

// `tsx bench/barePg.ts DATABASE_URL`: listens on an ephemeral loopback port and prints it, as `charcha serve` does.
if (process.argv[1]?.endsWith('barePg.ts')) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: tsx bench/barePg.ts postgres://…/scratch_db');
    process.exit(2);
  }
  barePgServer(url).then((app) => app.listen({ host: '127.0.0.1', port: 0 }).then((address) => {
    process.stdout.write(`bare-pg: listening on ${address}\n`);
    process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  })).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
