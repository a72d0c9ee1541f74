// The one Store contract, run against SQLite (temp directory) and PostgreSQL (a fresh schema per test, dropped after).
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe } from 'vitest';
import { auditContract } from '../../test/contract/store/audit';
import { basicsContract } from '../../test/contract/store/basics';
import { commentsContract } from '../../test/contract/store/comments';
import { grievancesContract } from '../../test/contract/store/grievances';
import { evidenceContract } from '../../test/contract/store/evidence';
import { ordersContract } from '../../test/contract/store/orders';
import { importsContract } from '../../test/contract/store/imports';
import type { HarnessFactory } from '../../test/contract/store/harness';
import { rightsContract } from '../../test/contract/store/rights';
import { threadContract } from '../../test/contract/store/thread';
import { webhooksContract } from '../../test/contract/store/webhooks';
import { accountTokensContract } from '../../test/contract/store/accountTokens';
import { widgetuxContract } from '../../test/contract/store/widgetux';
import { staffContract } from '../../test/contract/store/staff';
import { overlayContract } from '../../test/contract/store/overlay';
import { notificationsContract } from '../../test/contract/store/notifications';
import { staffStoriesContract } from '../../test/contract/store/staffStories';
import { readerNotesContract } from '../../test/contract/store/readerNotes';
import { lockContract } from '../../test/contract/store/lock';
import { PG_TEST_URL, postgresTestStore, requirePostgres, sqliteTestStore } from '../../test/support/stores';

function storeContract(factory: HarnessFactory) {
  // Each part in its own block, so each test gets exactly one fresh store.
  describe('basics', () => basicsContract(factory));
  describe('comments', () => commentsContract(factory));
  describe('threads', () => threadContract(factory));
  describe('audit', () => auditContract(factory));
  describe('data rights', () => rightsContract(factory));
  describe('grievance desk', () => grievancesContract(factory));
  describe('evidence', () => evidenceContract(factory));
  describe('legal orders', () => ordersContract(factory));
  describe('webhooks and counts', () => webhooksContract(factory));
  describe('imports', () => importsContract(factory));
  describe('account tokens', () => accountTokensContract(factory));
  describe('reader widget', () => widgetuxContract(factory));
  describe('staff accounts', () => staffContract(factory));
  describe('thread overlay', () => overlayContract(factory));
  describe('notifications', () => notificationsContract(factory));
  describe('stories page', () => staffStoriesContract(factory));
  describe('reader notes', () => readerNotesContract(factory));
  describe('named locks', () => lockContract(factory));
}

describe('Store contract: SQLite', () => {
  storeContract(async () => {
    const { store, dbFile, cleanup } = await sqliteTestStore();
    return {
      engine: 'sqlite', store, cleanup,
      // A second connection, as an intruder with the database file would have.
      raw: async (sql) => {
        const db = new Database(dbFile);
        try { db.exec(sql); } finally { db.close(); }
      },
    };
  });
});

const hasPg = await requirePostgres('Store contract: PostgreSQL');

describe.skipIf(!hasPg)('Store contract: PostgreSQL', () => {
  storeContract(async () => {
    const { store, schema, cleanup } = await postgresTestStore();
    return {
      engine: 'postgres', store, cleanup,
      raw: async (sql) => {
        const client = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${schema}` });
        await client.connect();
        try { await client.query(sql); } finally { await client.end(); }
      },
    };
  });
});
