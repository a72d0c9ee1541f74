// Author notice and appeal over HTTP: the rule is shown, one appeal per comment, its own queue, the outcome shown back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, expectProblem } from '../api/harness';
import { staffed, type Staffed } from './setup';

const list = await backends('appeals');

describe.each(list)('appeals ($name)', (backend) => {
  let s: Staffed;
  beforeAll(async () => { s = await staffed(backend); });
  afterAll(async () => { await s?.run.stop(); });

  it('rejected comment: the author sees rule and reason, appeals once, staff restore, author sees the outcome', async () => {
    const c = await s.post('idiot remark under appeal');
    const rj = await s.mod.post(`/api/v1/admin/comments/${c.id}/actions`, { action: 'reject', reason: 'insult', note: 'Personal attack' });
    expect(rj.status).toBe(200);

    // Through the normal comments API the author sees why.
    const own = await s.author.get(`/api/v1/comments/${c.id}`);
    expect(own.body.comment.status).toBe('rejected');
    expect(own.body.comment.statusReason).toBe('insult: Personal attack');
    expect(own.body.comment.moderation.rule).toBe('suspect-word');

    let n = await s.author.get(`/api/v1/comments/${c.id}/appeal`);
    expect(n.status).toBe(200);
    expect(n.body.notice).toMatchObject({ status: 'rejected', category: 'insult', note: 'Personal attack', rule: 'suspect-word', canAppeal: true, appeal: null });
    // Nobody else learns about it.
    expectProblem(await s.commenter.get(`/api/v1/comments/${c.id}/appeal`), 404, 'not_found');
    expectProblem(await s.anon.get(`/api/v1/comments/${c.id}/appeal`), 401, 'unauthorized');
    expectProblem(await s.commenter.post(`/api/v1/comments/${c.id}/appeal`, { note: 'not mine' }), 404, 'not_found');

    expectProblem(await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: '' }), 400, 'validation_failed');
    const a = await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: 'I was quoting someone else.' });
    expect(a.status).toBe(201);
    expect(a.body.appeal.status).toBe('pending');
    expectProblem(await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: 'again' }), 409, 'appeal_exists');

    const q = await s.officer.get('/api/v1/admin/appeals');
    const row = q.body.appeals.find((x: any) => x.commentId === c.id);
    expect(row).toMatchObject({ status: 'pending', note: 'I was quoting someone else.' });
    expect(row.comment.body).toBe('idiot remark under appeal');
    expect((await s.mod.get('/api/v1/admin/queue')).body.counts.appeals).toBeGreaterThanOrEqual(1);

    const d = await s.officer.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'restored', note: 'Quotation, not an insult.' });
    expect(d.status).toBe(200);
    expect(d.body.comment.status).toBe('approved');
    expectProblem(await s.officer.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'upheld' }), 409, 'appeal_decided');

    n = await s.author.get(`/api/v1/comments/${c.id}/appeal`);
    expect(n.body.notice).toMatchObject({ status: 'approved', canAppeal: false });
    expect(n.body.notice.appeal).toMatchObject({ status: 'restored', outcomeNote: 'Quotation, not an insult.' });
    const thread = await s.anon.get(`/api/v1/comments?storyUrl=${encodeURIComponent(s.storyUrl)}`);
    expect(thread.body.comments.map((x: any) => x.id)).toContain(c.id);

    const log = await s.run.store.listAudit(1, 100_000);
    expect(log.filter((e) => e.targetId === c.id).map((e) => e.action)).toEqual(
      ['comment.post', 'comment.verdict', 'comment.reject', 'evidence.preserve', 'appeal.file', 'appeal.restore', 'comment.restore']);
  });

  it('an upheld appeal leaves the comment rejected and tells the author', async () => {
    const c = await s.post('you are scum');
    expect(c.status).toBe('rejected');
    const a = await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: 'Please look again' });
    expect(a.status).toBe(201);
    const d = await s.mod.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'upheld', note: 'Banned word.' });
    expect(d.body.appeal.status).toBe('upheld');
    const n = await s.author.get(`/api/v1/comments/${c.id}/appeal`);
    expect(n.body.notice).toMatchObject({ status: 'rejected', rule: 'banned-word', canAppeal: false, appeal: { status: 'upheld', outcomeNote: 'Banned word.' } });
    expect((await s.officer.get('/api/v1/admin/appeals?status=upheld')).body.appeals.map((x: any) => x.commentId)).toContain(c.id);
  });

  it('an approved comment cannot be appealed; a commenter cannot decide', async () => {
    const c = await s.post('perfectly fine');
    expectProblem(await s.author.post(`/api/v1/comments/${c.id}/appeal`, { note: 'why not' }), 409, 'not_appealable');
    expectProblem(await s.commenter.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'restored' }), 403, 'not_staff');
    expectProblem(await s.mod.post(`/api/v1/admin/appeals/${c.id}/decision`, { outcome: 'restored' }), 404, 'not_found');
  });
});
