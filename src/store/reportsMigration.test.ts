// The one-report-per-reader migration on a database that already holds repeated reports and revisions: both engines, the migration SQL itself.
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrations as pgMigrations } from './postgres/migrations';
import { migrations as sqliteMigrations } from './sqlite/migrations';
import { dropSchema, PG_TEST_URL, requirePostgres, testSchemaName } from '../../test/support/stores';

type Migration = { version: number; name: string; sql: string };
/** Found by its name, not its number: branches merged in any order renumber migrations. */
const target = (list: Migration[]) => list.find((m) => m.name.startsWith('one report per reader per comment'))!;
const v4 = (list: Migration[]) => target(list).sql;
const before = (list: Migration[]) => list.filter((m) => m.version < target(list).version).map((m) => m.sql);

// Two comments: c1 reported 4 times by r1 (one reader) and once by r2, c2 edited once (two revisions).
const seedSql = `
INSERT INTO sites VALUES ('s', 'S', '[]', '{}', '2026-01-01T00:00:00.000Z');
INSERT INTO stories (id, site_id, url, title, created_at) VALUES ('st', 's', 'https://x.test/a', 'A', '2026-01-01T00:00:00.000Z');
INSERT INTO users (id, site_id, display_name, role, status, created_at) VALUES
  ('a', 's', 'A', 'commenter', 'active', '2026-01-01T00:00:00.000Z'), ('r1', 's', 'R1', 'commenter', 'active', '2026-01-01T00:00:00.000Z'),
  ('r2', 's', 'R2', 'commenter', 'active', '2026-01-01T00:00:00.000Z');
INSERT INTO comments (id, site_id, story_id, root_id, author_id, body, status, moderation, decision, labels, targets, lang, report_count, reports_reviewed, created_at) VALUES
  ('c1', 's', 'st', 'c1', 'a', 'one', 'approved', '{"decision":"approve"}', 'approve', ',,', ',,', 'en', 5, 5, '2026-01-01T00:00:00.000Z'),
  ('c2', 's', 'st', 'c2', 'a', 'two b', 'review', '{"decision":"review"}', 'review', ',,', ',,', 'en', 0, 0, '2026-01-01T00:00:00.000Z');
INSERT INTO reports VALUES ('p1', 'c1', 'r1', 'insult', 'first', '2026-01-01T00:00:01.000Z'), ('p2', 'c1', 'r1', 'vulgar', '', '2026-01-01T00:00:02.000Z'),
  ('p3', 'c1', 'r1', 'other', '', '2026-01-01T00:00:03.000Z'), ('p4', 'c1', 'r1', 'other', '', '2026-01-01T00:00:04.000Z'),
  ('p5', 'c1', 'r2', 'insult', '', '2026-01-01T00:00:05.000Z');
INSERT INTO comment_revisions VALUES ('c1', 1, 'one', '2026-01-01T00:00:00.000Z'), ('c2', 1, 'two', '2026-01-01T00:00:00.000Z'),
  ('c2', 2, 'two b', '2026-01-01T00:01:00.000Z');
`;

const check = (q: (sql: string) => Promise<any[]>) => async () => {
  expect((await q('SELECT id FROM reports ORDER BY id')).map((r) => r.id)).toEqual(['p1', 'p5']);
  expect((await q("SELECT report_count, reports_reviewed FROM comments WHERE id = 'c1'")).map((r) => [Number(r.report_count), Number(r.reports_reviewed)])).toEqual([[2, 2]]);
  // The latest revision carries the comment's verdict; earlier ones' were overwritten before and stay unknown.
  expect((await q('SELECT comment_id, rev, decision FROM comment_revisions ORDER BY comment_id, rev')).map((r) => [r.comment_id, Number(r.rev), r.decision]))
    .toEqual([['c1', 1, 'approve'], ['c2', 1, null], ['c2', 2, 'review']]);
};

const hasPg = await requirePostgres('the one-report-per-reader migration');

describe('migration: one report per reader, verdict per revision', () => {
  it('SQLite: keeps each reader\'s first report, recounts, then refuses repeats', async () => {
    const db = new Database(':memory:');
    for (const sql of before(sqliteMigrations)) db.exec(sql);
    db.exec(seedSql);
    db.exec(v4(sqliteMigrations));
    await check(async (sql) => db.prepare(sql).all())();
    expect(() => db.exec("INSERT INTO reports VALUES ('p9', 'c1', 'r2', 'other', '', 'x')")).toThrow(/UNIQUE/);
    db.close();
  });

  it.skipIf(!hasPg)('PostgreSQL: the same', async () => {
    const schema = testSchemaName();
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
      for (const sql of before(pgMigrations)) await client.query(sql);
      await client.query(seedSql);
      await client.query(v4(pgMigrations));
      await check(async (sql) => (await client.query(sql)).rows)();
      await expect(client.query("INSERT INTO reports VALUES ('p9', 'c1', 'r2', 'other', '', 'x')")).rejects.toThrow(/reports_comment_reporter/);
    } finally {
      await client.end();
      await dropSchema(schema);
    }
  });
});
