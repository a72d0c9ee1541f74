// Tamper evidence: the database refuses edits to the log, and `charcha audit verify` finds a row edited behind its back.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_TEST_URL, postgresTestStore, requirePostgres, sqliteTestStore } from '../support/stores';

const root = path.resolve(import.meta.dirname, '../..');
const verify = (dataDir: string, databaseUrl = '') => spawnSync(process.execPath, [path.join(root, 'bin/charcha.mjs'), 'audit', 'verify'], {
  cwd: root, encoding: 'utf8', env: { ...process.env, CHARCHA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }, timeout: 60_000,
});
const pgOk = await requirePostgres('audit tamper (PostgreSQL)');

describe('audit log tamper evidence (SQLite file)', () => {
  let ts: Awaited<ReturnType<typeof sqliteTestStore>>;
  beforeAll(async () => {
    ts = await sqliteTestStore();
    for (let i = 1; i <= 12; i++) {
      await ts.store.appendAudit({
        at: new Date(Date.UTC(2026, 10, 26, 8, 0, i)).toISOString(), actor: `mod-${i % 3}`, action: i % 2 ? 'comment.approve' : 'comment.reject',
        targetType: 'comment', targetId: `c${i}`, reason: i % 2 ? null : 'insult', rule: 'suspect-word', data: { i },
      });
    }
    await ts.store.close();
  });
  afterAll(async () => { await ts?.cleanup().catch(() => {}); });

  it('an intact log verifies: "ok: 12 entries", exit 0', () => {
    const r = verify(ts.dataDir);
    expect(r.stdout.trim()).toBe('ok: 12 entries');
    expect(r.status).toBe(0);
  });

  it('the database itself refuses UPDATE and DELETE on the log', () => {
    const db = new Database(ts.dbFile);
    try {
      expect(() => db.prepare("UPDATE audit_log SET reason = 'other' WHERE seq = 7").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 7').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('after dropping the trigger and editing seq 7, verify fails at seq 7 with exit 1', () => {
    const db = new Database(ts.dbFile);
    try {
      db.exec('DROP TRIGGER audit_log_no_update');
      const changed = db.prepare("UPDATE audit_log SET reason = 'other' WHERE seq = 7").run().changes;
      expect(changed).toBe(1);
    } finally {
      db.close();
    }
    const r = verify(ts.dataDir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^broken at seq 7: hash does not match the entry contents \(6 entries verified before it\)/);
  });
});

describe.runIf(pgOk)('audit log tamper evidence (PostgreSQL)', () => {
  let ts: Awaited<ReturnType<typeof postgresTestStore>>;
  beforeAll(async () => {
    ts = await postgresTestStore();
    for (let i = 1; i <= 5; i++) {
      await ts.store.appendAudit({ at: new Date(Date.UTC(2026, 10, 26, 9, 0, i)).toISOString(), actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: `c${i}`, reason: 'approve', rule: 'r', data: { i } });
    }
  });
  afterAll(async () => { await ts?.cleanup().catch(() => {}); });

  it('refuses UPDATE by trigger; with the trigger disabled an edit of seq 3 makes verify exit 1 at seq 3', async () => {
    expect(verify(os.tmpdir(), ts.url).stdout.trim()).toBe('ok: 5 entries');
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${ts.schema}"`);
      await expect(client.query("UPDATE audit_log SET reason = 'reject' WHERE seq = 3")).rejects.toThrow(/append-only/);
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      expect((await client.query("UPDATE audit_log SET reason = 'reject' WHERE seq = 3")).rowCount).toBe(1);
    } finally {
      await client.end();
    }
    const r = verify(os.tmpdir(), ts.url);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^broken at seq 3: hash does not match/);
  });
});
