// PostgreSQL-specific promises: the `?schema=` URL, and that a lock-order deadlock between use cases is retried away.
import { afterEach, describe, expect, it } from 'vitest';
import { seed } from '../../../test/contract/store/fixtures';
import { openStore } from '../open';
import { dropSchema, postgresTestStore, requirePostgres, schemaUrl, testSchemaName } from '../../../test/support/stores';
import { parseDatabaseUrl } from './postgresStore';

const hasPg = await requirePostgres('PostgreSQL adapter');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

describe('DATABASE_URL parsing', () => {
  it('takes the schema parameter out and keeps everything else', () => {
    expect(parseDatabaseUrl('postgres://u:p@db:5433/charcha?schema=tenant_1&sslmode=require')).toEqual({
      connectionString: 'postgres://u:p@db:5433/charcha?sslmode=require', schema: 'tenant_1',
    });
    expect(parseDatabaseUrl('postgres://db/charcha').schema).toBeNull();
    expect(() => parseDatabaseUrl('postgres://db/charcha?schema=x%22%3B%20drop')).toThrow(/invalid schema/);
  });
});

describe.skipIf(!hasPg)('PostgreSQL adapter', () => {
  it('creates and uses the schema named in the URL; a second store on the same URL sees the same data', async () => {
    const schema = testSchemaName();
    cleanups.push(() => dropSchema(schema));
    const a = await openStore({ dataDir: '/nonexistent', databaseUrl: schemaUrl(schema) });
    const b = await openStore({ dataDir: '/nonexistent', databaseUrl: schemaUrl(schema) });
    cleanups.unshift(async () => { await a.close(); await b.close(); });
    const { story } = await seed(a);
    expect(await b.getStory(story.id)).toEqual(story);
  });

  it('retries a transaction that PostgreSQL failed to break a deadlock, so both sides commit', async () => {
    const t = await postgresTestStore();
    cleanups.push(t.cleanup);
    const { story } = await seed(t.store);
    let release!: () => void;
    const bothHoldFirstLock = new Promise<void>((r) => { release = r; });
    let holding = 0;
    const firstAttempt = async () => { if (++holding === 2) release(); await Promise.race([bothHoldFirstLock, new Promise((r) => setTimeout(r, 3000))]); };
    const audit = { at: new Date().toISOString(), actor: 'system', action: 'story.update' as const, targetType: 'story', targetId: story.id, reason: null, rule: null };
    // Opposite lock orders: audit log then story row, and story row then audit log.
    const auditFirst = t.store.transaction(async (tx) => {
      await tx.appendAudit(audit);
      await firstAttempt();
      await tx.updateStory(story.id, { title: 'from audit-first' });
    });
    const storyFirst = t.store.transaction(async (tx) => {
      await tx.updateStory(story.id, { entities: ['story-first'] });
      await firstAttempt();
      await tx.appendAudit(audit);
    });
    await Promise.all([auditFirst, storyFirst]);
    const after = await t.store.getStory(story.id);
    expect(after).toMatchObject({ title: 'from audit-first', entities: ['story-first'] });
    expect((await t.store.listAudit(1, 10)).length).toBe(2);
  });
});
