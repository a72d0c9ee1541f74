// Upgrading a database written before migration 4: its entries (data hash only) still verify, new ones chain on with their data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/actions/verifyAuditLog';
import { GENESIS_HASH, canonicalJson, entryHash, sha256Hex } from '../../src/compliance/audit';
import { migrations as pgMigrations } from '../../src/store/postgres/migrations';
import { migrations as sqliteMigrations } from '../../src/store/sqlite/migrations';
import { openStore } from '../../src/store/open';
import { dropSchema, PG_TEST_URL, requirePostgres, schemaUrl, testSchemaName } from '../support/stores';

const pgOk = await requirePostgres('audit upgrade (PostgreSQL)');

/** Three entries hashed the old way (v1), as the code before migration 4 wrote them. */
function oldRows(): unknown[][] {
  let prev = GENESIS_HASH;
  return [1, 2, 3].map((seq) => {
    const e = { seq, at: `2026-11-2${seq}T08:00:00.000Z`, actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: `c${seq}`,
      reason: 'approve', rule: 'clean', v: 1 as const, data: null, undoes: null, dataHash: sha256Hex(canonicalJson({ seq })) };
    const row = [e.seq, e.at, e.actor, e.action, e.targetType, e.targetId, e.reason, e.rule, e.dataHash, prev, (prev = entryHash(prev, e))];
    return row;
  });
}
const INSERT = 'INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, reason, rule, data_hash, prev_hash, hash) VALUES';

async function afterUpgrade(databaseUrl: string | null, dataDir: string) {
  const store = await openStore({ dataDir, databaseUrl });
  try {
    expect(await verifyAuditLog(store)).toEqual({ ok: true, count: 3 });
    const e = await store.appendAudit({ at: '2026-11-26T09:00:00.000Z', actor: 'm', action: 'comment.reject', targetType: 'comment', targetId: 'c1', reason: 'insult', rule: null, data: { before: { status: 'approved' } } });
    expect(e).toMatchObject({ seq: 4, v: 2, data: { before: { status: 'approved' } } });
    const log = await store.listAudit(1, 10);
    expect(log.map((x) => x.v)).toEqual([1, 1, 1, 2]);
    expect(await verifyAuditLog(store)).toEqual({ ok: true, count: 4 });
  } finally {
    await store.close();
  }
}

describe('audit log upgrade to migration 4', () => {
  it('SQLite', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-upgrade-'));
    try {
      const db = new Database(path.join(dataDir, 'charcha.db'));
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of sqliteMigrations.filter((x) => x.version <= 3)) {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
      }
      for (const row of oldRows()) db.prepare(`${INSERT} (${row.map(() => '?').join(',')})`).run(...row);
      db.close();
      await afterUpgrade(null, dataDir);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.runIf(pgOk)('PostgreSQL', async () => {
    const schema = testSchemaName();
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"`);
      await client.query(`SET search_path TO "${schema}"`);
      await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of pgMigrations.filter((x) => x.version <= 3)) {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, 'then']);
      }
      for (const row of oldRows()) await client.query(`${INSERT} (${row.map((_, i) => `$${i + 1}`).join(',')})`, row);
      await afterUpgrade(schemaUrl(schema), os.tmpdir());
    } finally {
      await client.end();
      await dropSchema(schema);
    }
  });
});
