// The PostgreSQL mode of `npm run bench:http` works in scratch databases of its own: named per process, created empty,
// dropped after, never the tests' `test` database. Runs against the machine's PostgreSQL.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createScratch, databaseUrl, scratchName } from '../../bench/pgScratch';
import { PG_TEST_URL } from '../support/stores';

const adminUrl = databaseUrl(PG_TEST_URL, 'postgres');
const exists = async (name: string) => {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await c.end();
  }
};

describe('bench scratch databases', () => {
  it('names them per process and role, and refuses names that would need quoting', () => {
    expect(scratchName(4242, 'charcha')).toBe('charcha_bench_4242_charcha');
    expect(() => scratchName(4242, 'Bare; DROP DATABASE test')).toThrow(/not a usable database name/);
  });

  it('points a URL at another database on the same server and user', () => {
    expect(databaseUrl('postgres://postgres@127.0.0.1:5432/postgres', 'charcha_bench_1_bare')).toBe('postgres://postgres@127.0.0.1:5432/charcha_bench_1_bare');
  });

  it('creates empty databases, one per role, and drops them all', async () => {
    const pid = 900_000_000 + Math.floor(Math.random() * 99_999_999);
    const scratch = await createScratch(['charcha', 'bare'], pid, adminUrl);
    try {
      expect(Object.keys(scratch.urls)).toEqual(['charcha', 'bare']);
      expect(scratch.names).toEqual({ charcha: scratchName(pid, 'charcha'), bare: scratchName(pid, 'bare') });
      expect(scratch.version).toMatch(/^\d+/);
      for (const role of ['charcha', 'bare']) {
        expect(await exists(scratchName(pid, role))).toBe(true);
        const c = new pg.Client({ connectionString: scratch.urls[role] });
        await c.connect();
        try {
          expect((await c.query('SELECT current_database() AS db')).rows[0].db).toBe(scratchName(pid, role));
          expect((await c.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n).toBe(0);
        } finally {
          await c.end();
        }
      }
    } finally {
      await scratch.drop();
    }
    expect(await exists(scratchName(pid, 'charcha'))).toBe(false);
    expect(await exists(scratchName(pid, 'bare'))).toBe(false);
  });
});
