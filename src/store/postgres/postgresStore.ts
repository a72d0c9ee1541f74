// The scale-out adapter: PostgreSQL through a pg Pool behind the shared SQL store; `?schema=` in the URL picks the schema.
import pg from 'pg';
import { StoreConflict } from '../store';
import { numberedPlaceholders, type Dialect, type Executor, type Param } from '../sql/executor';
import { SqlStore } from '../sql/sqlStore';
import { migrations } from './migrations';
import { unavailableOr } from './unavailable';

export interface PostgresOptions {
  /** postgres://… ; a `schema` query parameter is taken out and used as the search_path. */
  url: string;
  /** Overrides the URL's schema parameter. */
  schema?: string;
  poolSize?: number;
}

/** Splits Charcha's own `schema` parameter off a connection URL (pg would ignore it). */
export function parseDatabaseUrl(url: string): { connectionString: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name in DATABASE_URL: ${schema}`);
  return { connectionString: u.toString(), schema };
}

function toConflict(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505') return err;
  return new StoreConflict(e.message ?? 'unique constraint violated', e.constraint ?? 'unknown');
}

/** deadlock_detected and serialization_failure: the transaction did nothing and may run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

const bind = (params: Param[]) => params.map((p) => (p === undefined ? null : p));

function executor(q: pg.Pool | pg.PoolClient): Executor {
  const texts = new Map<string, string>();
  const query = async (sql: string, params: Param[] = []) => {
    let text = texts.get(sql);
    if (!text) {
      if (texts.size > 500) texts.clear();
      text = numberedPlaceholders(sql);
      texts.set(sql, text);
    }
    try {
      return await q.query(text, bind(params));
    } catch (err) {
      throw unavailableOr(toConflict(err));
    }
  };
  return {
    all: async (sql, params) => (await query(sql, params)).rows,
    get: async (sql, params) => (await query(sql, params)).rows[0],
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
  };
}

export function postgresStore(opts: PostgresOptions): SqlStore {
  const parsed = parseDatabaseUrl(opts.url);
  const schema = opts.schema ?? parsed.schema;
  const pool = new pg.Pool({
    connectionString: parsed.connectionString,
    max: opts.poolSize ?? 10,
    // A database out of reach answers 503 within seconds instead of holding requests until the client gives up.
    connectionTimeoutMillis: 3_000,
    // A startup parameter, so every pooled connection has it before its first query.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  let closed = false;

  const withClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // The pool listens for errors only on idle clients: a connection that breaks while checked out (the server or the
    // network going away mid-transaction) would emit an unhandled 'error' and end the process. Note it, and discard
    // the client on release instead of returning it to the pool.
    let broken: Error | undefined;
    const onError = (err: Error) => { broken = err; };
    client.on('error', onError);
    try {
      return await fn(client);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };

  const dialect: Dialect = {
    name: 'postgres',
    transaction: async (fn) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await withClient(async (client) => {
            await client.query('BEGIN');
            try {
              const result = await fn(executor(client));
              await client.query('COMMIT');
              return result;
            } catch (err) {
              await client.query('ROLLBACK').catch(() => {});
              throw err;
            }
          });
        } catch (err) {
          // Row locks (story versions) and the audit lock can be taken in either order by different use cases;
          // PostgreSQL breaks the rare deadlock by failing one side, which we simply run again.
          if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has((err as { code?: string })?.code ?? '')) throw unavailableOr(err);
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
        }
      }
    },
    // Readers go on; a second appender waits until this transaction commits, then reads the new head.
    lockAudit: async (exec) => { await exec.run('LOCK TABLE audit_log IN EXCLUSIVE MODE'); },
    migrate: () => withClient(async (client) => {
      await client.query('BEGIN');
      try {
        // Several nodes may start at once: one migrates, the others wait and then find nothing to do.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`charcha.migrate.${schema ?? ''}`]);
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        const applied = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
        for (const m of migrations) {
          if (applied.has(m.version)) continue;
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      }
    }),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  return new SqlStore(executor(pool), dialect);
}
