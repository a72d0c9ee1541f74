// Every staff action over real HTTP on SQLite and PostgreSQL: queues, detail, comment and user verbs, bulk, undo, audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/actions/verifyAuditLog';
import { backends, expectProblem } from '../api/harness';
import { staffed, type Staffed } from './setup';

const list = await backends('admin actions');

describe.each(list)('staff actions ($name)', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => { await s?.run.stop(); });

  const act = (id: string, body: Record<string, unknown>, as = s.mod) => as.post(`/api/v1/admin/comments/${id}/actions`, body);
  const status = async (id: string) => (await s.run.store.getComment(id))!.status;
  const lastAudit = async () => { const all = await s.run.store.listAudit(1, 100_000); return all[all.length - 1]; };

  it('review queue lists held comments riskiest first with counts, and filters', async () => {
    const held = await s.post('what an idiot take on this');
    expect(held.status).toBe('review');
    const r = await s.mod.get('/api/v1/admin/queue?queue=review');
    expect(r.status).toBe(200);
    const row = r.body.comments.find((c: any) => c.id === held.id);
    expect(row.moderation.labels).toEqual(['vulgar']);
    expect(row.moderation.spans[0]).toMatchObject({ start: 8, end: 13 });
    expect(row.author.displayName).toBe('Author');
    expect(row.author).not.toHaveProperty('email');
    expect(r.body.counts.review).toBeGreaterThanOrEqual(1);
    expect((await s.mod.get('/api/v1/admin/queue?queue=review&label=insult')).body.comments.find((c: any) => c.id === held.id)).toBeUndefined();
    expect((await s.mod.get('/api/v1/admin/queue?queue=review&label=vulgar')).body.comments.find((c: any) => c.id === held.id)).toBeDefined();
    expectProblem(await s.mod.get('/api/v1/admin/queue?queue=nonsense'), 400, 'validation_failed');
  });

  it('rejected queue holds automatic rejects; reported queue shows counts and reasons', async () => {
    const rejected = await s.post('you are scum');
    expect(rejected.status).toBe('rejected');
    expect((await s.mod.get('/api/v1/admin/queue?queue=rejected')).body.comments.map((c: any) => c.id)).toContain(rejected.id);
    const ok = await s.post('A fair and balanced comment');
    const rep = await s.commenter.post(`/api/v1/comments/${ok.id}/reports`, { reason: 'insult', note: 'rude' });
    expect([200, 201]).toContain(rep.status);
    const r = await s.mod.get('/api/v1/admin/queue?queue=reported');
    const row = r.body.comments.find((c: any) => c.id === ok.id);
    expect(row.reportCount).toBe(1);
    expect(row.reportReasons).toEqual({ insult: 1 });
    expect(r.body.counts.reported).toBeGreaterThanOrEqual(1);
  });

  it('keep dismisses the reports: the comment leaves the Reported queue until a new report arrives', async () => {
    const c = await s.post('A reported but fine opinion');
    await s.commenter.post(`/api/v1/comments/${c.id}/reports`, { reason: 'insult', note: '' });
    const inQueue = async () => (await s.mod.get('/api/v1/admin/queue?queue=reported')).body.comments.some((x: any) => x.id === c.id);
    expect(await inQueue()).toBe(true);
    const r = await act(c.id, { action: 'keep' });
    expect(r.status).toBe(200);
    expect(r.body.comment.status).toBe('approved');
    expect(await lastAudit()).toMatchObject({ action: 'comment.keep', targetId: c.id });
    expect(await inQueue()).toBe(false);
    expectProblem(await act((await s.post('never reported')).id, { action: 'keep' }), 409, 'no_reports');
    await s.author.post(`/api/v1/comments/${c.id}/reports`, { reason: 'vulgar', note: 'again' });
    expect(await inQueue()).toBe(true);
    // Hiding it answers the reports too.
    await act(c.id, { action: 'hide' });
    expect(await inQueue()).toBe(false);
  });

  it('comment detail: verdict, thread context, revisions, reports, author history', async () => {
    const parent = await s.post('Parent comment');
    const reply = await s.author.post('/api/v1/comments', { storyUrl: s.storyUrl, parentId: parent.id, body: 'idiot reply' });
    expect(reply.status).toBe(201);
    const r = await s.mod.get(`/api/v1/admin/comments/${reply.body.comment.id}`);
    expect(r.status).toBe(200);
    expect(r.body.comment.moderation.rule).toBe('suspect-word');
    expect(r.body.context.parent.id).toBe(parent.id);
    expect(r.body.revisions).toHaveLength(1);
    expect(r.body.authorHistory.total).toBeGreaterThanOrEqual(2);
    expect(r.body.authorHistory.strikes).toBeGreaterThanOrEqual(1); // the earlier automatic reject
    expect(r.body.story.url).toBe(s.storyUrl);
    expectProblem(await s.mod.get('/api/v1/admin/comments/nope'), 404, 'not_found');
  });

  it('approve, reject (with reason), hide, restore, feature: status changes and one audit entry each', async () => {
    const a = await s.post('idiot one');
    let r = await act(a.id, { action: 'approve' });
    expect(r.status).toBe(200);
    expect(r.body.comment.status).toBe('approved');
    expect((await lastAudit())).toMatchObject({ seq: r.body.auditSeq, action: 'comment.approve', actor: s.mod.userId, targetId: a.id, rule: 'suspect-word' });
    const thread = await s.anon.get(`/api/v1/comments?storyUrl=${encodeURIComponent(s.storyUrl)}`);
    expect(thread.body.comments.map((c: any) => c.id)).toContain(a.id);

    const b = await s.post('idiot two');
    expectProblem(await act(b.id, { action: 'reject' }), 400, 'reason_required');
    expectProblem(await act(b.id, { action: 'reject', reason: 'rudeness' }), 400, 'invalid_reason');
    r = await act(b.id, { action: 'reject', reason: 'insult', note: 'Name-calling' });
    expect(r.body.comment).toMatchObject({ status: 'rejected', statusReason: 'insult: Name-calling' });
    expect((await s.run.store.listAudit(r.body.auditSeq, 1))[0]).toMatchObject({ action: 'comment.reject', reason: 'insult' });
    // A removal keeps its evidence, chained right after the decision.
    expect(await lastAudit()).toMatchObject({ seq: r.body.auditSeq + 1, action: 'evidence.preserve', reason: 'insult: Name-calling', targetId: b.id });
    expectProblem(await act(b.id, { action: 'reject', reason: 'insult' }), 409, 'invalid_transition');

    r = await act(a.id, { action: 'feature' });
    expect(r.body.comment.featured).toBe(true);
    expectProblem(await act(a.id, { action: 'feature' }), 409, 'invalid_transition');
    r = await act(a.id, { action: 'unfeature' });
    expect(r.body.comment.featured).toBe(false);

    r = await act(a.id, { action: 'hide', reason: 'vulgar' });
    expect(r.body.comment.status).toBe('removed');
    expect((await s.run.store.listAudit(r.body.auditSeq, 1))[0]).toMatchObject({ action: 'comment.hide', reason: 'vulgar' });
    expect(await lastAudit()).toMatchObject({ seq: r.body.auditSeq + 1, action: 'evidence.preserve', targetId: a.id });
    r = await act(a.id, { action: 'restore' });
    expect(r.body.comment).toMatchObject({ status: 'approved', statusReason: null });
    // The reader's words are never touched by any of this.
    expect((await s.run.store.getComment(a.id))!.body).toBe('idiot one');
    expectProblem(await act(a.id, { action: 'explode' }), 400, 'validation_failed');
  });

  it('bulk: each id on its own; stale and unknown ids fail alone', async () => {
    const x = await s.post('idiot x');
    const y = await s.post('idiot y');
    const done = await s.post('fine words');
    const r = await s.mod.post('/api/v1/admin/comments/bulk', { ids: [x.id, y.id, done.id, 'missing'], action: 'reject', reason: 'insult' });
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(3);
    expect(r.body.results.find((e: any) => e.id === 'missing')).toMatchObject({ ok: false, code: 'not_found' });
    expect(await status(x.id)).toBe('rejected');
    expect(await status(done.id)).toBe('rejected');
    const r2 = await s.mod.post('/api/v1/admin/comments/bulk', { ids: [x.id, y.id], action: 'approve' });
    expect(r2.body.ok).toBe(2);
  });

  it('undo records a new inverse action; a second undo and an undo of an undo are refused', async () => {
    const c = await s.post('idiot to undo');
    const a = await act(c.id, { action: 'approve' });
    const u = await s.mod.post('/api/v1/admin/undo', { auditSeq: a.body.auditSeq });
    expect(u.status).toBe(200);
    expect(u.body.action).toBe('comment.approve.undo');
    expect(await status(c.id)).toBe('review');
    const entry = await lastAudit();
    expect(entry).toMatchObject({ seq: u.body.auditSeq, action: 'comment.approve.undo', reason: 'undo', rule: `undo:${a.body.auditSeq}` });
    // The undone entry is still in the log, unchanged.
    expect((await s.run.store.listAudit(a.body.auditSeq, 1))[0].action).toBe('comment.approve');
    expectProblem(await s.mod.post('/api/v1/admin/undo', { auditSeq: a.body.auditSeq }), 409, 'state_changed');
    expectProblem(await s.mod.post('/api/v1/admin/undo', { auditSeq: u.body.auditSeq }), 409, 'not_undoable');
    expectProblem(await s.mod.post('/api/v1/admin/undo', { auditSeq: 10_000_000 }), 404, 'not_found');

    const rj = await act(c.id, { action: 'reject', reason: 'vulgar' });
    await s.mod.post('/api/v1/admin/undo', { auditSeq: rj.body.auditSeq });
    expect(await s.run.store.getComment(c.id)).toMatchObject({ status: 'review', statusReason: null });
  });

  it('author actions: suspend stops posting, undo lifts it; trust; ban is admin-only; setRole', async () => {
    const target = s.commenter;
    let r = await s.mod.post(`/api/v1/admin/users/${target.userId}/actions`, { action: 'suspend', days: 3 });
    expect(r.status).toBe(200);
    expect(r.body.user.status).toBe('suspended');
    expect((await lastAudit())).toMatchObject({ action: 'user.suspend', reason: '3d', targetType: 'user' });
    expectProblem(await target.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'can I post?' }), 403, 'account_suspended');
    const u = await s.mod.post('/api/v1/admin/undo', { auditSeq: r.body.auditSeq });
    expect(u.body.action).toBe('user.unsuspend');
    expect((await target.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'back again' })).status).toBe(201);
    expectProblem(await s.mod.post(`/api/v1/admin/users/${target.userId}/actions`, { action: 'suspend', days: 0 }), 400, 'validation_failed');

    r = await s.mod.post(`/api/v1/admin/users/${target.userId}/actions`, { action: 'trust' });
    expect(r.body.user.trusted).toBe(true);
    r = await s.admin.post(`/api/v1/admin/users/${target.userId}/actions`, { action: 'ban' });
    expect(r.body.user.status).toBe('banned');
    expectProblem(await target.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'banned?' }), 403, 'account_banned');
    r = await s.admin.post(`/api/v1/admin/users/${target.userId}/actions`, { action: 'unban' });
    expect(r.body.user.status).toBe('active');
    expectProblem(await s.admin.post(`/api/v1/admin/users/${s.admin.userId}/actions`, { action: 'setRole', role: 'commenter' }), 409, 'self_target');
    expectProblem(await s.admin.post('/api/v1/admin/users/nobody/actions', { action: 'trust' }), 404, 'not_found');
  });

  it('settings, policy version and per-story controls are admin/moderator writes, audited', async () => {
    let r = await s.admin.patch('/api/v1/admin/settings', { thresholds: { insult: 0.7 }, actions: { insult: 'review' }, editWindowMinutes: 15 });
    expect(r.status).toBe(200);
    expect(r.body.settings.moderation.thresholds.insult).toBe(0.7);
    expect(r.body.settings.editWindowMinutes).toBe(15);
    expect(r.body.settings.moderation.suspectWords).toEqual(['idiot']);
    expectProblem(await s.admin.patch('/api/v1/admin/settings', { actions: { defamation: 'reject' } }), 400, 'defamation_needs_review');
    expectProblem(await s.admin.patch('/api/v1/admin/settings', { thresholds: { insult: 3 } }), 400, 'validation_failed');
    r = await s.admin.post('/api/v1/admin/policy', { text: 'Be civil. Version two.' });
    expect(r.status).toBe(201);
    expect(r.body.policy.version).toBe(2);
    expect((await s.anon.get('/api/v1/policy')).body.version).toBe(2);
    expect((await lastAudit())).toMatchObject({ action: 'policy.publish', reason: 'v2' });
    const story = await s.run.store.findStoryByUrl(s.run.server.deps.siteId, s.storyUrl);
    r = await s.mod.patch(`/api/v1/admin/stories/${story!.id}`, { closed: true });
    expect(r.body.story.closed).toBe(true);
    await s.author.post('/api/v1/policy/accept', { version: 2 });
    expectProblem(await s.author.post('/api/v1/comments', { storyUrl: s.storyUrl, body: 'closed?' }), 403, 'story_closed');
    await s.mod.patch(`/api/v1/admin/stories/${story!.id}`, { closed: false });
  });

  it('stats report volume, decisions, labels and time to decision', async () => {
    const r = await s.officer.get('/api/v1/admin/stats?days=7');
    expect(r.status).toBe(200);
    expect(r.body.days).toHaveLength(7);
    expect(r.body.volume[6]).toBeGreaterThan(5);
    expect(r.body.labels.vulgar).toBeGreaterThan(3);
    expect(r.body.decisions.approved[6]).toBeGreaterThan(0);
    expect(r.body.timeToDecision.count).toBeGreaterThan(0);
    expect(r.body.langs.en).toBeGreaterThan(0);
  });

  it('the staff stream tells open dashboards about a change', async () => {
    const c = await s.post('idiot on the stream');
    const ctrl = new AbortController();
    const res = await fetch(`${s.run.base}/api/v1/admin/events`, { headers: { authorization: `Bearer ${s.officer.token}` }, signal: ctrl.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const first = await reader.read(); // the opening comment: subscribed from here on
    expect(new TextDecoder().decode(first.value)).toContain('staff stream');
    await act(c.id, { action: 'approve' });
    let text = '';
    while (!text.includes(c.id)) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('event: queue');
    expect(text).toContain('"status":"approved"');
    ctrl.abort();
  });

  it('audit: every action is in the log, the chain verifies, the export is itself logged', async () => {
    const log = await s.run.store.listAudit(1, 100_000);
    const actions = new Set(log.map((e) => e.action));
    for (const code of ['user.role', 'settings.update', 'comment.approve', 'comment.reject', 'comment.hide', 'comment.restore',
      'comment.feature', 'comment.unfeature', 'comment.approve.undo', 'user.suspend', 'user.unsuspend', 'user.trust', 'user.ban', 'user.unban',
      'policy.publish', 'story.update']) expect(actions, code).toContain(code);
    expect(await verifyAuditLog(s.run.store)).toEqual({ ok: true, count: log.length });
    const v = await s.officer.get('/api/v1/admin/audit/verify');
    expect(v.body).toMatchObject({ ok: true });
    const recent = await s.officer.get('/api/v1/admin/audit?latest=true&limit=5');
    expect(recent.body.entries.map((e: any) => e.seq)).toEqual(log.slice(-5).map((e) => e.seq).reverse());
    expect(recent.body.entries[0].actor).toBeDefined();
    const ex = await s.officer.get('/api/v1/admin/audit/export');
    expect(ex.status).toBe(200);
    const lines = ex.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1).action).toBe('audit.export');
    expect(lines.at(-1).actor).toBe(s.officer.userId);
  });

  it('public moderation log shows actions without personal data', async () => {
    const r = await s.anon.get('/api/v1/moderation-log?limit=200');
    expect(r.status).toBe(200);
    expect(r.body.entries.length).toBeGreaterThan(10);
    expect(r.body.entries[0].seq).toBeGreaterThan(r.body.entries[1].seq);
    for (const e of r.body.entries) {
      expect(Object.keys(e).sort()).toEqual(['action', 'at', 'hash', 'reason', 'rule', 'seq', 'targetId', 'targetType']);
      if (e.targetType === 'user') expect(e.targetId).toBeNull();
    }
    const all = JSON.stringify(r.body);
    const html = (await s.anon.get('/moderation-log')).text;
    for (const secret of [s.author.userId, s.mod.userId, 'Author', 'idiot', '@example.test', 'Name-calling']) {
      expect(all).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    expect(html).toContain('comment.reject');
    expect(all).not.toContain('staff.sign_in');
  });
});
