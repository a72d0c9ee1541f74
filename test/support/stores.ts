// Test helpers for any suite that needs a real store: a fresh SQLite directory or a fresh PostgreSQL schema.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open';
import type { Store } from '../../src/store/store';

/** The test server (trust auth). TEST_DATABASE_URL overrides it. */
export const PG_TEST_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  /** Closes the store and deletes its directory or schema. */
  cleanup(): Promise<void>;
}

/** A migrated SQLite store in a new temporary directory (dataDir/charcha.db). */
export async function sqliteTestStore(): Promise<TestStore & { dataDir: string; dbFile: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'charcha-test-'));
  const store = await openStore({ dataDir, databaseUrl: null });
  return {
    store, dataDir, dbFile: path.join(dataDir, 'charcha.db'),
    cleanup: async () => {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema name, unique per call. */
export const testSchemaName = () => `charcha_test_${randomBytes(6).toString('hex')}`;

/** DATABASE_URL for a schema: Charcha reads `?schema=` itself (see store/open.ts), e.g. for a server under test. */
export function schemaUrl(schema: string, base = PG_TEST_URL): string {
  const u = new URL(base);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** A migrated PostgreSQL store in a new schema; `url` opens the same schema (hand it to a server as DATABASE_URL). */
export async function postgresTestStore(): Promise<TestStore & { url: string; schema: string }> {
  const schema = testSchemaName();
  const url = schemaUrl(schema);
  const store = await openStore({ dataDir: os.tmpdir(), databaseUrl: url });
  return {
    store, url, schema,
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** True when the test PostgreSQL answers within two seconds. */
export async function pgAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Whether a PostgreSQL suite should run. Under CI=true a missing server is an error (the suite fails);
 * otherwise it warns loudly and returns false so the caller can `describe.skipIf(!ok)`.
 */
export async function requirePostgres(suite: string): Promise<boolean> {
  if (await pgAvailable()) return true;
  if (process.env.CI === 'true') throw new Error(`${suite}: PostgreSQL at ${PG_TEST_URL} is required under CI but not reachable`);
  console.warn(`\n!!! ${suite}: PostgreSQL at ${PG_TEST_URL} is not reachable — SKIPPING its PostgreSQL tests !!!\n`);
  return false;
}
