// PostgreSQL refuses every way of rewriting the audit log: UPDATE, DELETE (one row or all) and TRUNCATE, and the chain still verifies.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/actions/verifyAuditLog';
import { PG_TEST_URL, postgresTestStore, requirePostgres } from '../support/stores';

const pgOk = await requirePostgres('audit append-only (PostgreSQL)');

describe.runIf(pgOk)('audit log is append-only in PostgreSQL', () => {
  let ts: Awaited<ReturnType<typeof postgresTestStore>>;
  let client: pg.Client;
  beforeAll(async () => {
    ts = await postgresTestStore();
    for (let i = 1; i <= 4; i++) {
      await ts.store.appendAudit({ at: new Date(Date.UTC(2026, 10, 26, 9, 0, i)).toISOString(), actor: 'system', action: 'comment.verdict', targetType: 'comment', targetId: `c${i}`, reason: 'approve', rule: 'r', data: { i } });
    }
    client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    await client.query(`SET search_path TO "${ts.schema}"`);
  });
  afterAll(async () => {
    await client?.end().catch(() => {});
    await ts?.cleanup().catch(() => {});
  });

  for (const sql of ['UPDATE audit_log SET reason = NULL', 'DELETE FROM audit_log WHERE seq = 2', 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
    it(`refuses ${sql}`, async () => {
      await expect(client.query(sql)).rejects.toThrow(/append-only/);
    });
  }

  it('the log is untouched afterwards', async () => {
    expect((await client.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(4);
    const r = await verifyAuditLog(ts.store);
    expect(r).toMatchObject({ ok: true, count: 4 });
  });
});
