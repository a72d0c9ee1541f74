// The embedded default: SQLite through better-sqlite3 (one connection, WAL, synchronous=FULL, group commit) behind the shared SQL store.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreConflict } from '../store';
import type { Dialect, Executor, Param } from '../sql/executor';
import { SqlStore } from '../sql/sqlStore';
import { migrations } from './migrations';
import { GroupCommit } from './groupCommit';
import { ConnectionMutex } from './mutex';

/** Unique index of each column list SQLite names in "UNIQUE constraint failed: …", so both engines report the same name. */
const CONSTRAINTS: Record<string, string> = {
  'users.site_id, users.email': 'users_site_email',
  'users.site_id, users.sso_subject': 'users_site_sso',
  'stories.site_id, stories.url': 'stories_site_url',
  'appeals.comment_id': 'appeals_comment',
  'reactions.comment_id, reactions.user_id': 'reactions_pkey',
  'reports.comment_id, reports.reporter_id': 'reports_comment_reporter',
  'comment_revisions.comment_id, comment_revisions.rev': 'comment_revisions_pkey',
  'policy_versions.site_id, policy_versions.version': 'policy_versions_pkey',
};

function toConflict(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  if (e?.code !== 'SQLITE_CONSTRAINT_UNIQUE' && e?.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return err;
  const cols = /constraint failed: (.*)$/.exec(e.message ?? '')?.[1] ?? '';
  const name = CONSTRAINTS[cols] ?? (/^(\w+)\.id$/.test(cols) ? `${cols.split('.')[0]}_pkey` : cols);
  return new StoreConflict(e.message ?? 'unique constraint violated', name);
}

const bind = (params: Param[]) => params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));

export interface SqliteOptions {
  /** Directory that holds charcha.db (created when missing). */
  dataDir: string;
}

export function sqliteStore(opts: SqliteOptions): SqlStore {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const file = path.join(opts.dataDir, 'charcha.db');
  // The file holds readers' e-mail addresses and preserved evidence: create it readable by its owner only
  // (SQLite gives the -wal and -shm files the same mode).
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db = new Database(file);
  // Node 24.19+ aborts the process when V8 collects a better-sqlite3 12 Statement (its ObjectWrap destructor
  // asserts on a missing Environment; fixed only in better-sqlite3 13, which does not run on Node 20). So no
  // Statement may ever become garbage: pragmas and transaction control go through exec(), which makes none,
  // and every prepared statement stays referenced for the life of the connection.
  db.exec('PRAGMA journal_mode = WAL');
  // FULL: every commit fsyncs the WAL, so an answered write survives power loss too (NORMAL survives SIGKILL only).
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');

  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      throw toConflict(err);
    }
  };
  const direct = {
    all: (sql: string, params: Param[] = []) => guard(() => prepare(sql).all(...bind(params)) as any[]),
    get: (sql: string, params: Param[] = []) => guard(() => prepare(sql).get(...bind(params)) as any),
    run: (sql: string, params: Param[] = []) => guard(() => prepare(sql).run(...bind(params)).changes),
  };

  // better-sqlite3 is synchronous and there is one connection: a transaction holds the mutex across its awaits,
  // and statements from elsewhere wait for it instead of landing inside someone else's transaction.
  const mutex = new ConnectionMutex();
  const inTx: Executor = {
    all: async (sql, params) => direct.all(sql, params),
    get: async (sql, params) => direct.get(sql, params),
    run: async (sql, params) => direct.run(sql, params),
  };
  // Every write commits through the group: one fsync per batch instead of one per statement.
  const group = new GroupCommit(db, mutex, inTx);
  const root: Executor = {
    all: (sql, params) => mutex.run(() => direct.all(sql, params)),
    get: (sql, params) => mutex.run(() => direct.get(sql, params)),
    run: (sql, params) => group.run((exec) => exec.run(sql, params)),
  };
  let closed = false;

  const dialect: Dialect = {
    name: 'sqlite',
    transaction: (fn) => group.run(fn),
    // BEGIN IMMEDIATE already holds SQLite's single write lock, and the mutex serialises this process.
    lockAudit: async () => {},
    migrate: () => mutex.exclusive(() => {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const isApplied = prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
      const record = prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const m of migrations) {
        // Checked inside the write lock: another process starting on the same file may have just applied it.
        db.exec('BEGIN IMMEDIATE');
        try {
          if (!isApplied.get(m.version)) {
            db.exec(m.sql);
            record.run(m.version, m.name, new Date().toISOString());
          }
          db.exec('COMMIT');
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }
    }),
    close: () => mutex.exclusive(() => {
      if (closed) return;
      closed = true;
      db.close();
    }),
  };
  return new SqlStore(root, dialect);
}
