// Scratch PostgreSQL databases for `npm run bench:http -- --pg`: created fresh for one run and dropped after it, so the
// bench never touches another database's tables (the tests' `test` database included).
import pg from 'pg';

/** The server the bench creates its databases on (trust auth on loopback); BENCH_PG_URL overrides it. */
export const BENCH_PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `charcha_bench_<pid>` plus a suffix per server; a plain identifier, so it needs no quoting. */
export function scratchName(pid: number, role: string): string {
  const name = `charcha_bench_${pid}_${role}`;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a usable database name: ${name}`);
  return name;
}

/** The same server and user as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface Scratch { urls: Record<string, string>; names: Record<string, string>; version: string; synchronousCommit: string; drop(): Promise<void> }

/** Creates one empty database per role (dropping a leftover of the same name first) and says how to drop them all. */
export async function createScratch(roles: string[], pid = process.pid, adminUrl = BENCH_PG_ADMIN_URL): Promise<Scratch> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const names = roles.map((r) => scratchName(pid, r));
  try {
    for (const n of names) {
      await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${n}`);
    }
    const version = (await admin.query('SHOW server_version')).rows[0].server_version as string;
    const synchronousCommit = (await admin.query('SHOW synchronous_commit')).rows[0].synchronous_commit as string;
    return {
      urls: Object.fromEntries(roles.map((r, i) => [r, databaseUrl(adminUrl, names[i])])), names: Object.fromEntries(roles.map((r, i) => [r, names[i]])), version, synchronousCommit,
      drop: async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        try {
          for (const n of names) await c.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}
