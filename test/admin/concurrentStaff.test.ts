// Simultaneous staff and author actions on one comment, on both engines: exactly one wins, the rest get a 409, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Res } from '../api/harness';
import { staffed, type Staffed } from './setup';

const list = await backends('concurrent staff actions');
const statuses = (rs: Res[]) => rs.map((r) => r.status).sort();

describe.each(list)('concurrent staff actions ($name)', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => { await s?.run.stop(); });

  it('three approvals of one held comment at once: one 200, two 409', async () => {
    const c = await s.post('idiot, three approvals');
    const rs = await Promise.all([s.mod, s.admin, s.mod].map((who) => who.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'approve' })));
    expect(statuses(rs), rs.map((r) => r.text).join('\n')).toEqual([200, 409, 409]);
  });

  it('three undos of one action at once: one 200, two refused', async () => {
    const c = await s.post('idiot, undo race');
    const a = await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'approve' });
    const rs = await Promise.all([0, 1, 2].map(() => s.mod.post('/api/v1/admin/undo', { auditSeq: a.body.auditSeq })));
    expect(statuses(rs)[0]).toBe(200);
    expect(rs.filter((r) => r.status >= 500 || r.status === 200).length, rs.map((r) => r.text).join('\n')).toBe(1);
  });

  it('the author appeals a rejection three times at once: one appeal, two refusals', async () => {
    const c = await s.post('idiot, appeal race');
    expect((await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'reject', reason: 'insult' })).status).toBe(200);
    const rs = await Promise.all([0, 1, 2].map((i) => s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: `please ${i}` })));
    expect(rs.filter((r) => r.status >= 200 && r.status < 300).length, rs.map((r) => r.text).join('\n')).toBe(1);
    expect(rs.filter((r) => r.status >= 500)).toEqual([]);
  });

  it('two staff decide one appeal at once: one decision, one 409', async () => {
    const c = await s.post('idiot, decided twice');
    expect((await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'reject', reason: 'insult' })).status).toBe(200);
    expect((await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: 'fair comment' })).status).toBe(201);
    const rs = await Promise.all([
      s.admin.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'restored' }),
      s.officer.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'upheld' }),
    ]);
    expect(statuses(rs), rs.map((r) => r.text).join('\n')).toEqual([200, 409]);
    const log = await s.run.store.listAudit(1, 10_000);
    expect(log.filter((e) => e.targetId === c.id && e.action.startsWith('appeal.') && e.action !== 'appeal.file')).toHaveLength(1);
  });

  it('three bans of one reader at once: one 200, two 409', async () => {
    const target = s.commenter;
    const rs = await Promise.all([0, 1, 2].map(() => s.admin.post(`/api/v1/admin/users/${target.userId}/actions`, { action: 'ban' })));
    expect(statuses(rs), rs.map((r) => r.text).join('\n')).toEqual([200, 409, 409]);
  });

  it('two admins change different settings at once: both changes survive', async () => {
    const rs = await Promise.all([
      s.admin.patch('/api/v1/admin/settings', { editWindowMinutes: 7 }),
      s.admin.patch('/api/v1/admin/settings', { premoderation: true }),
    ]);
    expect(rs.map((r) => r.status), rs.map((r) => r.text).join('\n')).toEqual([200, 200]);
    const now = await s.admin.get('/api/v1/admin/settings');
    expect(now.body.settings).toMatchObject({ editWindowMinutes: 7, premoderation: true });
    await s.admin.patch('/api/v1/admin/settings', { editWindowMinutes: 10, premoderation: false });
  });

  it('two policy versions published at once get consecutive numbers, no 500', async () => {
    const before = (await s.anon.get('/api/v1/policy')).body.version;
    const rs = await Promise.all([0, 1].map((i) => s.admin.post('/api/v1/admin/policy', { text: `Policy text ${i}` })));
    expect(rs.map((r) => r.status), rs.map((r) => r.text).join('\n')).toEqual([201, 201]);
    expect((await s.anon.get('/api/v1/policy')).body.version).toBe(before + 2);
  });

  it('two withdrawals at once: one audit entry; withdrawing a rejected comment leaves the decision and the appeal open', async () => {
    // The policy test above published new versions: accept the current one again before posting.
    const { version } = (await s.anon.get('/api/v1/policy')).body;
    expect((await s.author.post('/api/v1/policy/accept', { version })).status).toBe(200);
    const c = await s.post('withdraw me twice');
    const rs = await Promise.all([0, 1].map(() => s.author.del(`/api/v1/comments/${c.id}`)));
    expect(rs.map((r) => r.status)).toEqual([200, 200]);
    const log = await s.run.store.listAudit(1, 10_000);
    expect(log.filter((e) => e.targetId === c.id && e.action === 'comment.withdraw')).toHaveLength(1);

    const r = await s.post('idiot, rejected then withdrawn');
    expect((await s.mod.post(`/api/v1/admin/comments/${r.id}/actions`, { action: 'reject', reason: 'insult' })).status).toBe(200);
    const w = await s.author.del(`/api/v1/comments/${r.id}`);
    expect(w.status).toBe(200);
    expect(w.body.comment.status).toBe('rejected');
    expect((await s.run.store.getComment(r.id))!.status).toBe('rejected');
    expect((await s.author.post(`/api/v1/comments/${r.id}/appeal`, { note: 'not an insult' })).status).toBe(201);
  });
});
