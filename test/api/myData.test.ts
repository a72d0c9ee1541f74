// A reader's data rights over HTTP on SQLite and PostgreSQL: the download holds every kind of record and nobody else's;
// withdrawing the comment-policy consent stops posting until the reader accepts again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, Client, expectProblem, reader, start, widgetClient, type Running } from './harness';

const list = await backends('api my data');

describe.each(list)('my data on $name', (backend) => {
  let s: Running;
  let storyUrl: string;
  beforeAll(async () => {
    s = await start(backend);
    storyUrl = `${s.base}/stories/rights`;
    const site = (await s.store.getSite(s.server.deps.siteId))!;
    await s.store.saveSite({ ...site, settings: { ...site.settings, moderation: { bannedWords: ['scoundrel'], suspectWords: [] } } });
  });
  afterAll(async () => s?.stop());

  const post = async (c: Client, body: string) => {
    const r = await c.post('/api/v1/comments', { storyUrl, body });
    expect(r.status, r.text).toBe(201);
    return r.body.comment.id as string;
  };

  it('GET /api/v1/me/data: profile, comments with revisions and verdicts, reactions, reports, acceptances, consents, appeals', async () => {
    const a = await reader(s.base, { name: 'Asha' });
    const b = await reader(s.base, { name: 'Bilal' });
    const mine = await post(a, 'first words');
    expect((await a.patch(`/api/v1/comments/${mine}`, { body: 'second words' })).status).toBe(200);
    const rejected = await post(a, 'you scoundrel');
    expect((await a.post(`/api/v1/comments/${rejected}/appeal`, { note: 'It was a quote.' })).status).toBe(201);
    const theirs = await post(b, 'Bilal writes');
    expect((await a.post(`/api/v1/comments/${theirs}/reactions`)).status).toBeLessThan(300);
    expect((await a.post(`/api/v1/comments/${theirs}/reports`, { reason: 'insult', note: 'rude' })).status).toBe(201);
    // Bilal's own acts, which must not appear in Asha's download.
    await b.post(`/api/v1/comments/${mine}/reactions`);
    await b.post(`/api/v1/comments/${mine}/reports`, { reason: 'vulgar', note: 'bilal reports' });

    const r = await a.get('/api/v1/me/data');
    expect(r.status, r.text).toBe(200);
    const d = r.body;
    expect(d.profile).toMatchObject({ id: a.userId, displayName: 'Asha', email: (a as any).email, sso: false });
    expect(d.comments.map((c: any) => c.id).sort()).toEqual([mine, rejected].sort());
    const edited = d.comments.find((c: any) => c.id === mine);
    expect(edited.revisions.map((x: any) => x.body)).toEqual(['first words', 'second words']);
    expect(edited.revisions[1].verdict).toMatchObject({ decision: 'approve' });
    expect(d.comments.find((c: any) => c.id === rejected)).toMatchObject({ status: 'rejected' });
    expect(d.comments.find((c: any) => c.id === rejected).revisions[0].verdict).toMatchObject({ decision: 'reject' });
    expect(d.reactions).toEqual([{ commentId: theirs, at: expect.any(String) }]);
    expect(d.reports).toEqual([expect.objectContaining({ commentId: theirs, reason: 'insult', note: 'rude' })]);
    expect(d.policyAcceptances).toEqual([{ version: 1, at: expect.any(String) }]);
    expect(d.consents.map((c: any) => [c.purpose, c.action, c.noticeVersion, c.channel])).toEqual([
      ['privacy_notice', 'give', 1, 'api'], ['comment_policy', 'give', 1, 'api'],
    ]);
    expect(d.appeals).toEqual([expect.objectContaining({ commentId: rejected, note: 'It was a quote.', status: 'pending' })]);
    // Nothing of Bilal's: not his comment, his reaction, his report, nor his name or id anywhere.
    expect(r.text).not.toContain(b.userId);
    expect(r.text).not.toContain('bilal reports');
    expect(r.text).not.toContain('Bilal writes');

    const file = await a.get('/api/v1/me/data?download=1');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="charcha-my-data-${a.userId}.json"`);
    expect(file.headers.get('cache-control')).toBe('no-store');
    expectProblem(await new Client(s.base).get('/api/v1/me/data'), 401, 'unauthorized');
  });

  it('the widget\'s cookie session downloads too, and its consent is recorded with the widget channel and language', async () => {
    const a = await reader(s.base, { accept: false });
    const w = await widgetClient(s.base, (a as any).email);
    expect((await w.post('/api/v1/policy/accept', { version: 1, lang: 'hi' })).status).toBe(200);
    const d = (await w.get('/api/v1/me/data')).body;
    expect(d.consents.at(-1)).toMatchObject({ purpose: 'comment_policy', action: 'give', channel: 'widget', lang: 'hi', noticeVersion: 1 });
  });

  it('withdrawing the comment-policy consent stops posting until the reader accepts again', async () => {
    const a = await reader(s.base);
    await post(a, 'before withdrawal');
    const w = await a.post('/api/v1/me/consents/withdraw', { purpose: 'comment_policy' });
    expect(w.status, w.text).toBe(200);
    expect(w.body).toMatchObject({ purpose: 'comment_policy', changed: true });
    expect((await a.post('/api/v1/me/consents/withdraw', { purpose: 'comment_policy' })).body.changed).toBe(false);
    expectProblem(await a.post('/api/v1/comments', { storyUrl, body: 'after withdrawal' }), 403, 'policy_not_accepted');
    expect((await a.get('/api/v1/auth/session')).body.policyAccepted).toBe(false);
    expectProblem(await a.post('/api/v1/me/consents/withdraw', { purpose: 'marketing' }), 400, 'validation_failed');
    expect((await a.post('/api/v1/policy/accept', { version: 1 })).status).toBe(200);
    await post(a, 'after accepting again');
    const ledger = (await a.get('/api/v1/me/data')).body.consents.filter((c: any) => c.purpose === 'comment_policy');
    expect(ledger.map((c: any) => c.action)).toEqual(['give', 'withdraw', 'give']);
    // The first acceptance stays the record of version 1; the ledger holds the later giving.
    expect((await s.store.listAcceptances(a.userId))).toHaveLength(1);
    const audit = await s.store.listAuditFor('user', a.userId);
    expect(audit.map((e) => e.action)).toEqual(['consent.give', 'consent.give', 'consent.withdraw', 'consent.give']);
  });
});
