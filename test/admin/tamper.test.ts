// Tamper evidence on SQLite and PostgreSQL: the database refuses edits and replaces, and `charcha audit verify` checks the
// chain against signed checkpoints, so the review's attacks (replace, re-hash from seq 100, cut the newest 500) exit 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointAudit } from '../../src/actions/checkpointAudit';
import { verifyAuditLog } from '../../src/actions/verifyAuditLog';
import { entryHash } from '../../src/compliance/audit';
import type { AuditEntry } from '../../src/domain/types';
import { checkpointLog, loadAuditKey } from '../../src/store/auditAnchor';
import type { Store } from '../../src/store/store';
import { PG_TEST_URL, postgresTestStore, requirePostgres, sqliteTestStore } from '../support/stores';

const root = path.resolve(import.meta.dirname, '../..');
const pgOk = await requirePostgres('audit tamper (PostgreSQL)');

interface Fixture {
  store: Store;
  env: Record<string, string>;
  /** SQL behind the store's back, as someone with database access. */
  raw(sql: string, params?: unknown[]): Promise<void>;
  /** Drops (or disables) every guard trigger; the returned function puts them back. */
  dropGuards(): Promise<() => Promise<void>>;
  /** Writes rewritten rows in place of the stored ones, the way this engine allows (one connection for all). */
  overwrite(es: AuditEntry[]): Promise<void>;
  cleanup(): Promise<void>;
}

const COLS = 'seq, at, actor, action, target_type, target_id, reason, rule, v, data, undoes, data_hash, prev_hash, hash';
const values = (e: AuditEntry) => [e.seq, e.at, e.actor, e.action, e.targetType, e.targetId, e.reason, e.rule, e.v, JSON.stringify(e.data), e.undoes, e.dataHash, e.prevHash, e.hash];

async function sqliteFixture(): Promise<Fixture> {
  const ts = await sqliteTestStore();
  const run = async (sql: string, params: unknown[] = []) => {
    const db = new Database(ts.dbFile);
    try { db.prepare(sql).run(...params); } finally { db.close(); }
  };
  return {
    store: ts.store, raw: run, cleanup: ts.cleanup,
    env: { CHARCHA_DATA_DIR: ts.dataDir, DATABASE_URL: '' },
    dropGuards: async () => {
      const db = new Database(ts.dbFile);
      const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string; sql: string }[];
      for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
      db.close();
      return async () => { const d = new Database(ts.dbFile); for (const t of triggers) d.exec(t.sql); d.close(); };
    },
    // REPLACE deletes the old row without firing DELETE triggers: the review's way in.
    overwrite: async (es) => {
      const db = new Database(ts.dbFile);
      try {
        const put = db.prepare(`INSERT OR REPLACE INTO audit_log (${COLS}) VALUES (${COLS.split(',').map(() => '?').join(',')})`);
        db.transaction(() => { for (const e of es) put.run(...values(e)); })();
      } finally { db.close(); }
    },
  };
}

async function postgresFixture(): Promise<Fixture> {
  const ts = await postgresTestStore();
  const run = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${ts.schema}` });
    await client.connect();
    try { await client.query(sql, params); } finally { await client.end(); }
  };
  return {
    store: ts.store, raw: run, cleanup: ts.cleanup,
    env: { CHARCHA_DATA_DIR: os.tmpdir(), DATABASE_URL: ts.url },
    dropGuards: async () => {
      await run('ALTER TABLE audit_log DISABLE TRIGGER USER');
      return () => run('ALTER TABLE audit_log ENABLE TRIGGER USER');
    },
    overwrite: async (es) => {
      const client = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${ts.schema}` });
      await client.connect();
      try {
        for (const e of es) {
          await client.query(`INSERT INTO audit_log (${COLS}) VALUES (${COLS.split(',').map((_, i) => `$${i + 1}`).join(',')})
            ON CONFLICT (seq) DO UPDATE SET reason = EXCLUDED.reason, data = EXCLUDED.data, data_hash = EXCLUDED.data_hash, prev_hash = EXCLUDED.prev_hash, hash = EXCLUDED.hash`, values(e));
        }
      } finally { await client.end(); }
    },
  };
}

/** 700 entries with a signed checkpoint every 100, as the server writes them, and the key and checkpoint file outside the database. */
async function populate(f: Fixture): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-anchor-'));
  const keyFile = path.join(dir, 'charcha-audit.key');
  const checkpoints = path.join(dir, 'audit-checkpoints.jsonl');
  const { key } = loadAuditKey({ inline: null, file: keyFile, generate: true })!;
  const log = checkpointLog(checkpoints);
  for (let block = 0; block < 7; block++) {
    await f.store.transaction(async (tx) => {
      for (let i = block * 100 + 1; i <= block * 100 + 100; i++) {
        await tx.appendAudit({
          at: new Date(Date.UTC(2026, 10, 26, 8, 0, 0, i)).toISOString(), actor: `mod-${i % 3}`, action: i % 2 ? 'comment.approve' : 'comment.reject',
          targetType: 'comment', targetId: `c${i}`, reason: i % 2 ? null : 'insult', rule: 'suspect-word',
          data: { before: { status: 'review' }, after: { status: i % 2 ? 'approved' : 'rejected' } },
        });
      }
    });
    await checkpointAudit({ store: f.store, key, now: () => new Date(Date.UTC(2026, 10, 26, 9, block)), log });
  }
  return { ...f.env, CHARCHA_AUDIT_KEY: '', CHARCHA_AUDIT_KEY_FILE: keyFile, CHARCHA_AUDIT_CHECKPOINTS: checkpoints, TMP_ANCHOR_DIR: dir };
}

const verify = (env: Record<string, string>) => spawnSync(process.execPath, [path.join(root, 'bin/charcha.mjs'), 'audit', 'verify'], {
  cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000,
});

const engines: [string, () => Promise<Fixture>][] = [['SQLite', sqliteFixture], ...(pgOk ? [['PostgreSQL', postgresFixture] as [string, () => Promise<Fixture>]] : [])];

describe.each(engines)('audit log tamper evidence (%s)', (_name, open) => {
  let f: Fixture | undefined;
  let env: Record<string, string> = {};
  const fresh = async () => { f = await open(); env = await populate(f); return f; };
  afterEach(async () => {
    await f?.cleanup().catch(() => {});
    if (env.TMP_ANCHOR_DIR) fs.rmSync(env.TMP_ANCHOR_DIR, { recursive: true, force: true });
    f = undefined;
  });

  it('an intact log verifies against its seven checkpoints, exit 0', async () => {
    await fresh();
    const r = verify(env);
    expect(r.stdout).toMatch(/^ok: 700 entries; 7 signed checkpoints, newest at seq 700 \(2026-11-26T09:06:00.000Z\); 0 entries after it not yet anchored/);
    expect(r.status).toBe(0);
  });

  it('the database refuses UPDATE, DELETE and replacing seq 100 (INSERT OR REPLACE / upsert)', async () => {
    const s = await fresh();
    const [e100] = await s.store.listAudit(100, 1);
    const forged = { ...e100, reason: 'rewritten' };
    await expect(s.raw("UPDATE audit_log SET reason = 'other' WHERE seq = 7")).rejects.toThrow(/append-only/);
    await expect(s.raw('DELETE FROM audit_log WHERE seq = 7')).rejects.toThrow(/append-only/);
    await expect(s.overwrite([{ ...forged, hash: entryHash(forged.prevHash, forged) }])).rejects.toThrow(/append-only/);
    expect(verify(env).status).toBe(0);
  });

  it('a single replace of seq 100 with the guards off (REPLACE skips DELETE triggers): exit 1 at seq 100', async () => {
    const s = await fresh();
    const [e100] = await s.store.listAudit(100, 1);
    const forged = { ...e100, reason: 'rewritten' };
    const restore = await s.dropGuards();
    await s.overwrite([{ ...forged, hash: entryHash(forged.prevHash, forged) }]);
    await restore();
    expect((await s.store.listAudit(100, 1))[0].reason).toBe('rewritten');
    const r = verify(env);
    expect(r.stdout).toMatch(/^broken: entry seq 100 hash differs from signed checkpoint at 2026-11-26T09:00:00.000Z/);
    expect(r.status).toBe(1);
  });

  it('re-hashing the chain from seq 100 to the end fools the bare chain check but not verify: exit 1 at seq 100', async () => {
    const s = await fresh();
    const log = await s.store.listAudit(1, 1000);
    const restore = await s.dropGuards();
    let prev = log[98].hash;
    const rewritten = log.slice(99).map((e) => {
      const changed = { ...e, reason: 'rewritten', prevHash: prev };
      changed.hash = prev = entryHash(prev, changed);
      return changed;
    });
    await s.overwrite(rewritten);
    await restore();
    expect(await verifyAuditLog(s.store)).toEqual({ ok: true, count: 700 });
    const r = verify(env);
    expect(r.stdout).toMatch(/^broken: entry seq 100 hash differs from signed checkpoint at 2026-11-26T09:00:00.000Z \(checkpoint line 1\)/);
    expect(r.status).toBe(1);
  });

  it('dropping the triggers, deleting the newest 500 entries and restoring the triggers: exit 1, log ends at 200 of 700', async () => {
    const s = await fresh();
    const restore = await s.dropGuards();
    await s.raw('DELETE FROM audit_log WHERE seq > 200');
    await restore();
    await expect(s.raw('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    expect(await verifyAuditLog(s.store)).toEqual({ ok: true, count: 200 });
    const r = verify(env);
    expect(r.stdout).toMatch(/^broken: log ends at seq 200 but checkpoint says 700 \(signed at 2026-11-26T09:06:00.000Z, checkpoint line 7\)/);
    expect(r.status).toBe(1);
  });

  it('an entry edited in place with the guards off: exit 1 at that entry', async () => {
    const s = await fresh();
    const restore = await s.dropGuards();
    await s.raw("UPDATE audit_log SET reason = 'other' WHERE seq = 7");
    await restore();
    const r = verify(env);
    expect(r.stdout).toMatch(/^broken at seq 7: hash does not match the entry contents \(6 entries verified before it/);
    expect(r.status).toBe(1);
  });
});
