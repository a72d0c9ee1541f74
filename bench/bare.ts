// The baseline of `npm run bench:http`: a bare Fastify 5 + better-sqlite3 server doing the same database work as Charcha's
// hot routes (bearer session, one durable commit per post, uncached thread pages, SSE fan-out), and nothing else.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import Database from 'better-sqlite3';
import Fastify, { type FastifyRequest } from 'fastify';

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
CREATE TABLE IF NOT EXISTS audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target_id TEXT NOT NULL, data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
`;

interface Row { [k: string]: any }

export function bareServer(dataDir: string) {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'bare.db'));
  db.exec('PRAGMA journal_mode = WAL');
  // As Charcha: every commit fsyncs the WAL, one commit per post (no group commit here).
  db.exec('PRAGMA synchronous = FULL');
  db.exec(SCHEMA);
  const q = {
    session: db.prepare('SELECT * FROM sessions WHERE token_hash = ?'),
    user: db.prepare('SELECT * FROM users WHERE id = ?'),
    story: db.prepare('SELECT * FROM stories WHERE url = ?'),
    addStory: db.prepare('INSERT INTO stories (id, url) VALUES (?, ?) ON CONFLICT (url) DO NOTHING'),
    addUser: db.prepare('INSERT INTO users (id, email, display_name, created_at) VALUES (?, ?, ?, ?)'),
    addSession: db.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)'),
    parent: db.prepare('SELECT root_id FROM comments WHERE id = ?'),
    insert: db.prepare('INSERT INTO comments (id, story_id, parent_id, root_id, author_id, body, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    revision: db.prepare('INSERT INTO revisions (comment_id, rev, body, at) VALUES (?, 1, ?, ?)'),
    replyCount: db.prepare('UPDATE comments SET reply_count = reply_count + 1 WHERE id = ?'),
    bump: db.prepare('UPDATE stories SET version = version + 1 WHERE id = ?'),
    head: db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
    audit: db.prepare('INSERT INTO audit_log (at, actor, action, target_id, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    react: db.prepare('INSERT INTO reactions (comment_id, user_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
    reactCount: db.prepare('UPDATE comments SET reaction_count = reaction_count + 1 WHERE id = ?'),
    tops: db.prepare(`SELECT * FROM comments WHERE story_id = ? AND parent_id IS NULL AND (status = 'approved' OR author_id = ?)
      ORDER BY created_at DESC, id DESC LIMIT ?`),
  };
  const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
  const appendAudit = (at: string, actor: string, action: string, target: string, data: unknown) => {
    const prev = (q.head.get() as Row | undefined)?.hash ?? '0'.repeat(64);
    const json = JSON.stringify(data);
    q.audit.run(at, actor, action, target, json, prev, createHash('sha256').update(prev + at + actor + action + target + json).digest('hex'));
  };
  const postTx = db.transaction((c: Row) => {
    q.insert.run(c.id, c.storyId, c.parentId, c.rootId, c.authorId, c.body, c.status, c.createdAt);
    q.revision.run(c.id, c.body, c.createdAt);
    if (c.parentId) q.replyCount.run(c.parentId);
    q.bump.run(c.storyId);
    appendAudit(c.createdAt, c.authorId, 'comment.post', c.id, { storyId: c.storyId, parentId: c.parentId });
  });
  const listeners = new Map<string, Set<ServerResponse>>();

  const app = Fastify({ logger: false });
  const viewer = (req: FastifyRequest): Row | null => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return null;
    const s = q.session.get(hashOf(token)) as Row | undefined;
    if (!s || s.expires_at <= new Date().toISOString()) return null;
    return (q.user.get(s.user_id) as Row | undefined) ?? null;
  };
  const storyOf = (url: string): Row => {
    let s = q.story.get(url) as Row | undefined;
    if (!s) {
      q.addStory.run(randomUUID(), url);
      s = q.story.get(url) as Row;
    }
    return s;
  };
  const present = (c: Row, authors: Map<string, Row>, reacted?: Set<string>) => ({
    id: c.id, storyId: c.story_id, parentId: c.parent_id, status: c.status, body: c.body,
    author: { id: c.author_id, displayName: authors.get(c.author_id)?.display_name ?? 'Unknown reader' },
    createdAt: c.created_at, editedAt: null, reactionCount: c.reaction_count, replyCount: c.reply_count,
    ...(reacted ? { reacted: reacted.has(c.id) } : {}),
  });

  app.post<{ Body: { email: string; displayName: string } }>('/api/v1/auth/register', async (req, reply) => {
    const id = randomUUID();
    q.addUser.run(id, req.body.email, req.body.displayName, new Date().toISOString());
    const token = randomBytes(32).toString('base64url');
    q.addSession.run(hashOf(token), id, new Date(Date.now() + 86_400_000).toISOString());
    reply.code(201);
    return { token, user: { id } };
  });

  app.post<{ Body: { storyUrl: string; parentId?: string | null; body: string; status?: string } }>('/api/v1/comments', {
    schema: { body: { type: 'object', required: ['storyUrl', 'body'], properties: { storyUrl: { type: 'string' }, parentId: { type: ['string', 'null'] }, body: { type: 'string' }, status: { type: 'string' } } } },
  }, async (req, reply) => {
    const user = viewer(req);
    if (!user) return reply.code(401).send({ code: 'unauthorized' });
    const story = storyOf(req.body.storyUrl);
    const parentId = req.body.parentId ?? null;
    const rootId = parentId ? (q.parent.get(parentId) as Row | undefined)?.root_id : null;
    const c = { id: randomUUID(), storyId: story.id, parentId, rootId: rootId ?? null, authorId: user.id, body: req.body.body, status: req.body.status ?? 'approved', createdAt: new Date().toISOString() };
    if (!c.rootId) c.rootId = c.id;
    postTx(c);
    const out = present({ id: c.id, story_id: c.storyId, parent_id: c.parentId, status: c.status, body: c.body, author_id: user.id, created_at: c.createdAt, reaction_count: 0, reply_count: 0 }, new Map([[user.id, user]]));
    if (c.status === 'approved') {
      const event = `event: comment\ndata: ${JSON.stringify(out)}\n\n`;
      for (const res of listeners.get(story.id) ?? []) res.write(event);
    }
    reply.code(201);
    return { comment: out };
  });

  app.post<{ Params: { id: string } }>('/api/v1/comments/:id/reactions', async (req, reply) => {
    const user = viewer(req);
    if (!user) return reply.code(401).send({ code: 'unauthorized' });
    db.transaction(() => {
      if (q.react.run(req.params.id, user.id, new Date().toISOString()).changes) q.reactCount.run(req.params.id);
    })();
    return { commentId: req.params.id, reacted: true };
  });

  app.get<{ Querystring: { storyUrl: string; limit?: number } }>('/api/v1/comments', {
    schema: { querystring: { type: 'object', required: ['storyUrl'], properties: { storyUrl: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 } } } },
  }, async (req, reply) => {
    const user = viewer(req);
    const story = storyOf(req.query.storyUrl);
    const limit = req.query.limit ?? 50;
    const me = user?.id ?? '';
    const tops = q.tops.all(story.id, me, limit + 1) as Row[];
    const more = tops.length > limit;
    if (more) tops.pop();
    const ids = tops.map((t) => t.id);
    const marks = ids.map(() => '?').join(', ') || 'NULL';
    const replies = db.prepare(`SELECT * FROM comments WHERE root_id IN (${marks}) AND parent_id IS NOT NULL AND (status = 'approved' OR author_id = ?) ORDER BY created_at, id`).all(...ids, me) as Row[];
    const byRoot = new Map<string, Row[]>();
    for (const r of replies) byRoot.set(r.root_id, [...(byRoot.get(r.root_id) ?? []), r]);
    const all = tops.flatMap((t) => [t, ...(byRoot.get(t.id) ?? [])]);
    const authorIds = [...new Set(all.map((c) => c.author_id))];
    const authors = new Map(authorIds.map((id) => [id, q.user.get(id) as Row]));
    let reacted: Set<string> | undefined;
    if (user) {
      const allIds = all.map((c) => c.id);
      const rows = db.prepare(`SELECT comment_id FROM reactions WHERE user_id = ? AND comment_id IN (${allIds.map(() => '?').join(', ') || 'NULL'})`).all(user.id, ...allIds) as Row[];
      reacted = new Set(rows.map((r) => r.comment_id));
    }
    const last = tops[tops.length - 1];
    reply.header('cache-control', 'private, no-cache');
    return {
      story: { id: story.id, url: story.url, title: '', closed: false },
      comments: all.map((c) => present(c, authors, reacted)),
      nextCursor: more && last ? Buffer.from(JSON.stringify(['newest', last.created_at, last.id])).toString('base64url') : null,
    };
  });

  app.get<{ Querystring: { storyUrl: string } }>('/api/v1/stories/events', async (req, reply) => {
    const story = storyOf(req.query.storyUrl);
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
  app.addHook('onClose', async () => db.close());
  return app;
}

// `tsx bench/bare.ts DATA_DIR`: listens on an ephemeral loopback port and prints it, as `charcha serve` does.
if (process.argv[1]?.endsWith('bare.ts')) {
  const app = bareServer(process.argv[2] ?? fs.mkdtempSync('/tmp/bare-'));
  app.listen({ host: '127.0.0.1', port: 0 }).then((address) => {
    process.stdout.write(`bare: listening on ${address}\n`);
    process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  }, (err) => {
    console.error(err);
    process.exit(1);
  });
}
