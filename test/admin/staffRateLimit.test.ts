// Staff in good standing are not held to the readers' write limit on staff routes; readers and banned staff still are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../src/actions/ensureAdminUser';
import { Client, expectProblem, start, type Running } from '../api/harness';
import { sqliteTestStore } from '../support/stores';

describe('write rate limit and staff', () => {
  let run: Running;
  let admin: Client;
  beforeAll(async () => {
    run = await start({ name: 'sqlite', open: sqliteTestStore }, { writeRateLimit: 5 });
    await ensureAdminUser({ store: run.store, now: () => new Date() }, { siteId: run.server.deps.siteId, email: 'a@example.test', password: 'admin password' });
    admin = new Client(run.base);
    admin.token = (await admin.post('/api/v1/auth/login', { email: 'a@example.test', password: 'admin password' })).body.token;
  });
  afterAll(async () => { await run?.stop(); });

  it('an admin makes 20 staff writes in a row while the limit is 5 per minute', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await admin.patch('/api/v1/admin/settings', { editWindowMinutes: 10 + i });
      expect(r.status).toBe(200);
    }
  });

  it('anonymous writes to staff routes are still limited (and refused)', async () => {
    const anon = new Client(run.base);
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await anon.post('/api/v1/admin/undo', { auditSeq: 1 })).status);
    expect(codes.slice(0, 4).every((c) => c === 401)).toBe(true);
    expect(codes).toContain(429);
    expectProblem(await anon.post('/api/v1/admin/undo', { auditSeq: 1 }), 429, 'rate_limited');
  });

});

describe('write rate limit and banned staff', () => {
  let run: Running;
  beforeAll(async () => { run = await start({ name: 'sqlite', open: sqliteTestStore }, { writeRateLimit: 5 }); });
  afterAll(async () => { await run?.stop(); });

  it('a banned moderator is held to the write limit on staff routes like anyone else', async () => {
    const mod = new Client(run.base);
    await mod.post('/api/v1/auth/register', { email: 'm@example.test', password: 'moderator password', displayName: 'Mod' });
    const user = await run.store.findUserByEmail(run.server.deps.siteId, 'm@example.test');
    await run.store.updateUser(user!.id, { role: 'moderator', status: 'banned' });
    mod.token = (await mod.post('/api/v1/auth/login', { email: 'm@example.test', password: 'moderator password' })).body.token;
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await mod.post('/api/v1/admin/undo', { auditSeq: 1 })).status);
    expect(codes[0]).toBe(403);
    expect(codes).toContain(429);
  });
});
