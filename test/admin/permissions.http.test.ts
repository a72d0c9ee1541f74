// Every staff endpoint over real HTTP: anonymous → 401, commenter → 403, never data; then the role matrix on writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem, type Client } from '../api/harness';
import { staffEndpoints as endpoints } from './endpoints';
import { staffed, type Staffed } from './setup';

const list = await backends('admin permissions');

describe.each(list)('staff endpoints refuse non-staff ($name)', (backend) => {
  let s: Staffed;
  let ids: Record<string, string>;
  beforeAll(async () => {
    s = await staffed(backend);
    const held = await s.post('you idiot, this is held for review');
    const story = await s.run.store.findStoryByUrl(s.run.server.deps.siteId, s.storyUrl);
    ids = { ':c': held.id, ':u': s.author.userId, ':s': story!.id };
  });
  afterAll(async () => { await s?.run.stop(); });

  const fill = (x: string) => x.replace(/:[cus]\b/g, (k) => ids[k]);
  const call = (c: Client, method: string, url: string, body?: unknown) =>
    c.req(method, fill(url), body === undefined ? undefined : JSON.parse(fill(JSON.stringify(body))));

  for (const [method, url, body] of endpoints) {
    it(`${method} ${url}: anonymous → 401, commenter → 403, no data`, async () => {
      const anon = await call(s.anon, method, url, body);
      expectProblem(anon, 401, 'unauthorized');
      expect(Object.keys(anon.body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
      const commenter = await call(s.commenter, method, url, body);
      expectProblem(commenter, 403, 'not_staff');
      expect(Object.keys(commenter.body).sort()).toEqual(['code', 'detail', 'status', 'title', 'type']);
    });
  }

  it('nothing was changed by the refused calls', async () => {
    const c = await s.run.store.getComment(ids[':c']);
    expect(c!.status).toBe('review');
    const u = await s.run.store.getUser(ids[':u']);
    expect(u!.trusted).toBe(false);
  });

  it('role matrix on writes: grievance officer cannot moderate, moderator cannot change settings or ban', async () => {
    expectProblem(await call(s.officer, 'POST', '/api/v1/admin/comments/:c/actions', { action: 'approve' }), 403, 'forbidden');
    expectProblem(await call(s.officer, 'POST', '/api/v1/admin/users/:u/actions', { action: 'suspend', days: 1 }), 403, 'forbidden');
    expectProblem(await call(s.mod, 'PATCH', '/api/v1/admin/settings', { editWindowMinutes: 5 }), 403, 'forbidden');
    expectProblem(await call(s.mod, 'POST', '/api/v1/admin/policy', { text: 'x' }), 403, 'forbidden');
    expectProblem(await call(s.mod, 'POST', '/api/v1/admin/users/:u/actions', { action: 'ban' }), 403, 'forbidden');
    expectProblem(await call(s.mod, 'POST', '/api/v1/admin/users/:u/actions', { action: 'setRole', role: 'moderator' }), 403, 'forbidden');
    expectProblem(await call(s.mod, 'GET', '/api/v1/admin/audit/export'), 403, 'forbidden');
    // A moderator may not discipline another staff member, even with a permitted verb.
    const r = await s.mod.post(`/api/v1/admin/users/${s.officer.userId}/actions`, { action: 'suspend', days: 1 });
    expectProblem(r, 403, 'staff_target');
    // …and what each role may do, it can.
    expect((await call(s.officer, 'GET', '/api/v1/admin/queue?queue=review')).status).toBe(200);
    expect((await call(s.officer, 'GET', '/api/v1/admin/audit/export')).status).toBe(200);
    expect((await call(s.mod, 'PATCH', '/api/v1/admin/stories/:s', { premoderation: false })).status).toBe(200);
    expect((await call(s.mod, 'POST', '/api/v1/admin/comments/:c/actions', { action: 'approve' })).status).toBe(200);
  });

  it('staff sign-in returns the role\'s permissions and is audited', async () => {
    const r = await s.officer.post('/api/v1/admin/session');
    expect(r.status).toBe(200);
    expect(r.body.user.role).toBe('grievance_officer');
    expect(r.body.permissions).toContain('appeal.decide');
    expect(r.body.permissions).not.toContain('comment.approve');
    const log = await s.run.store.listAudit(1, 1000);
    expect(log.some((e) => e.action === 'staff.sign_in' && e.actor === s.officer.userId)).toBe(true);
  });
});
