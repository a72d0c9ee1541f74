// Evidence over real HTTP on SQLite and PostgreSQL: kept at every kind of removal, read only by legal officers, every read audited, holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/compliance/audit';
import { backends, expectProblem } from '../api/harness';
import { staffed, type Staffed } from '../admin/setup';

const list = await backends('evidence http');

describe.each(list)('evidence over HTTP ($name)', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => { await s?.run.stop(); });
  const lastAudit = async () => (await s.run.store.lastAudit())!;

  it('a staff rejection keeps evidence; listing and reading it are audited before the answer; moderators may not read it', async () => {
    const c = await s.post('idiot, you are wrong');
    expect((await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'reject', reason: 'insult', note: 'Name-calling' })).status).toBe(200);

    expectProblem(await s.mod.get(`/api/v1/admin/evidence?commentId=${c.id}`), 403, 'forbidden');
    expectProblem(await s.author.get(`/api/v1/admin/evidence?commentId=${c.id}`), 403, 'not_staff');
    expectProblem(await s.anon.get(`/api/v1/admin/evidence?commentId=${c.id}`), 401, 'unauthorized');

    const l = await s.officer.get(`/api/v1/admin/evidence?commentId=${c.id}`);
    expect(l.status).toBe(200);
    expect(l.body.records).toHaveLength(1);
    const rec = l.body.records[0];
    expect(rec).toMatchObject({ commentId: c.id, trigger: 'staff', actor: s.mod.userId, reason: 'insult: Name-calling', hold: null, purgedAt: null });
    expect(rec.siteId).toBeUndefined();
    expect(await lastAudit()).toMatchObject({ seq: l.body.readSeq, action: 'evidence.read', actor: s.officer.userId, targetId: c.id, data: { records: [rec.id] } });

    const d = await s.admin.get(`/api/v1/admin/evidence/${rec.id}`);
    expect(d.status).toBe(200);
    expect(d.body.items.map((i: any) => i.kind)).toEqual(['comment', 'revision.1', 'metadata', 'thread', 'reports', 'history', 'decision']);
    for (const [i, item] of d.body.items.entries()) {
      expect(sha256Hex(item.content)).toBe(item.sha256);
      expect(item.sha256).toBe(rec.items[i].sha256);
    }
    expect(JSON.parse(d.body.items[0].content).body).toBe('idiot, you are wrong');
    expect(await lastAudit()).toMatchObject({ seq: d.body.readSeq, action: 'evidence.read', actor: expect.any(String), targetType: 'evidence', targetId: rec.id });
    expectProblem(await s.mod.get(`/api/v1/admin/evidence/${rec.id}`), 403, 'forbidden');
    expectProblem(await s.officer.get('/api/v1/admin/evidence/no-such-record'), 404, 'not_found');
  });

  it('the engine auto-rejecting at posting and the author withdrawing both keep evidence', async () => {
    const auto = await s.post('scum like you');
    expect(auto.status).toBe('rejected');
    const a = await s.officer.get(`/api/v1/admin/evidence?commentId=${auto.id}`);
    expect(a.body.records).toMatchObject([{ trigger: 'engine', actor: 'system' }]);

    const w = await s.post('a fine opinion I regret');
    expect((await s.author.del(`/api/v1/comments/${w.id}`)).status).toBe(200);
    const b = await s.officer.get(`/api/v1/admin/evidence?commentId=${w.id}`);
    expect(b.body.records).toMatchObject([{ trigger: 'author', actor: s.author.userId, reason: 'withdrawn by author' }]);
  });

  it('legal holds: set by the grievance officer, released by the admin, each audited; moderators may not', async () => {
    const c = await s.post('idiot remark to be held');
    await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'hide', reason: 'insult' });
    const rec = (await s.officer.get(`/api/v1/admin/evidence?commentId=${c.id}`)).body.records[0];

    expectProblem(await s.mod.post(`/api/v1/admin/evidence/${rec.id}/hold`, { reason: 'x' }), 403, 'forbidden');
    expectProblem(await s.officer.post(`/api/v1/admin/evidence/${rec.id}/hold`, { reason: '' }), 400, 'validation_failed');
    expectProblem(await s.officer.post(`/api/v1/admin/evidence/${rec.id}/hold`, { reason: 'x', until: '2001-01-01T00:00:00Z' }), 400, 'invalid_until');
    const h = await s.officer.post(`/api/v1/admin/evidence/${rec.id}/hold`, { reason: 'Order u/s 94 BNSS, PS Cyber Cell' });
    expect(h.status).toBe(200);
    expect(h.body.record.hold).toMatchObject({ reason: 'Order u/s 94 BNSS, PS Cyber Cell', by: s.officer.userId, until: null });
    expect(await lastAudit()).toMatchObject({ action: 'evidence.hold', actor: s.officer.userId, targetType: 'evidence', targetId: rec.id });
    expect((await s.run.store.getEvidence(rec.id))!.hold).not.toBeNull();

    const r = await s.admin.del(`/api/v1/admin/evidence/${rec.id}/hold?note=${encodeURIComponent('case closed')}`);
    expect(r.status).toBe(200);
    expect(r.body.record.hold).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'evidence.release', targetId: rec.id, reason: 'case closed', data: { before: { reason: 'Order u/s 94 BNSS, PS Cyber Cell' }, after: null } });
    expectProblem(await s.admin.del(`/api/v1/admin/evidence/${rec.id}/hold`), 409, 'not_held');
  });
});
